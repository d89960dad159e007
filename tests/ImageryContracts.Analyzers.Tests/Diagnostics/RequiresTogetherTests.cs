using ImageryContracts.Analyzers.Descriptors;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.RequiresTogetherAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class RequiresTogetherTests
{
    [Fact]
    public Task Geometry_without_project_id_and_the_reverse()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                OrderLineItem G() => new OrderLineItem { Collection = "c", {|#0:Geometry|} = new GeoJsonGeometry() };

                OrderLineItem P() => new OrderLineItem { Item = "i", {|#1:ProjectId|} = "p-1", Geometry = null };
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.RequiresTogether, 0, "OrderLineItem sets Geometry without ProjectId; the vendor requires Geometry and ProjectId together. Set ProjectId as well, or remove Geometry."),
            Verify.Diagnostic(RuleDescriptors.RequiresTogether, 1, "OrderLineItem sets ProjectId without Geometry; the vendor requires Geometry and ProjectId together. Set Geometry as well, or remove ProjectId."));
    }

    [Fact]
    public Task Both_or_neither_stay_silent()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                OrderLineItem Both() => new OrderLineItem { Geometry = new GeoJsonGeometry(), ProjectId = "p-1" };

                OrderLineItem Neither() => new OrderLineItem { Collection = "c", Item = "i", Level = "L1" };
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Items_in_a_collection_expression_with_target_typed_new()
    {
        const string source = """
            using System.Collections.Generic;
            using Vendor.DataCosmos.Models;

            class C
            {
                List<OrderLineItem> Items() =>
                [
                    new() { Collection = "c", {|#0:Geometry|} = new() },
                    new() { Geometry = new(), ProjectId = "p-1" },
                ];
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.RequiresTogether,
            0,
            "OrderLineItem sets Geometry without ProjectId; the vendor requires Geometry and ProjectId together. Set ProjectId as well, or remove Geometry."));
    }

    [Fact]
    public Task The_statements_right_after_the_creation_complete_or_break_the_group()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                static void Send(OrderLineItem item) { }

                OrderLineItem Completed(GeoJsonGeometry area)
                {
                    var item = new OrderLineItem { Geometry = area };
                    item.ProjectId = "p-1";
                    return item;
                }

                OrderLineItem SetApart()
                {
                    var item = new OrderLineItem { Collection = "c" };
                    {|#0:item.ProjectId|} = "p-1";
                    return item;
                }

                void SentFirst(GeoJsonGeometry area)
                {
                    var item = new OrderLineItem { {|#1:Geometry|} = area };
                    Send(item);
                    item.ProjectId = "p-1";
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.RequiresTogether, 0, "OrderLineItem sets ProjectId without Geometry; the vendor requires Geometry and ProjectId together. Set Geometry as well, or remove ProjectId."),
            Verify.Diagnostic(RuleDescriptors.RequiresTogether, 1, "OrderLineItem sets Geometry without ProjectId; the vendor requires Geometry and ProjectId together. Set ProjectId as well, or remove Geometry."));
    }

    [Fact]
    public Task A_conditional_is_reported_only_when_no_branch_sets_the_group_whole_or_not_at_all()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                OrderLineItem MaybeNull(bool sub, GeoJsonGeometry area) => new OrderLineItem { Geometry = sub ? area : null };

                OrderLineItem MaybeProject(bool sub, GeoJsonGeometry area) => new OrderLineItem { Geometry = area, ProjectId = sub ? "p-1" : null };

                OrderLineItem EveryBranchSets(bool sub, GeoJsonGeometry area) => new OrderLineItem { {|#0:Geometry|} = sub ? area : new GeoJsonGeometry() };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.RequiresTogether,
            0,
            "OrderLineItem sets Geometry without ProjectId; the vendor requires Geometry and ProjectId together. Set ProjectId as well, or remove Geometry."));
    }
}
