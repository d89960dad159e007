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
}
