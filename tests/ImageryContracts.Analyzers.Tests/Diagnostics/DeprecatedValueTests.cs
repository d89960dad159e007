using ImageryContracts.Analyzers.Descriptors;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.DeprecatedValueAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class DeprecatedValueTests
{
    [Fact]
    public Task Gb_order_kind_names_the_reason_and_the_replacement()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                OrderRequest O() => new OrderRequest { Kind = {|#0:OrderKind.DataGbProduct|} };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.DeprecatedValue,
            0,
            "OrderKind 'order.data.gb.product' is being abandoned by the vendor (GB consumption will be abandoned soon); use 'order.data.product' (OrderKind.DataProduct) instead"));
    }

    [Fact]
    public Task Tiles_consumption_without_a_replacement_says_so()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                ConsumptionMode M() => {|#0:ConsumptionMode.Tiles|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.DeprecatedValue,
            0,
            "ConsumptionMode 'tiles' is being abandoned by the vendor (This mode will be abandoned soon); the vendor names no replacement, so plan the move away from it"));
    }

    [Fact]
    public Task Current_values_and_nameof_stay_silent()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                OrderRequest O() => new OrderRequest { Kind = OrderKind.DataProduct };

                ConsumptionMode M() => ConsumptionMode.Km2;

                string N() => nameof(OrderKind.DataGbProduct);
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Each_use_is_reported_in_a_collection_expression_a_setup_statement_and_a_conditional_branch()
    {
        // The rule reports where the member is written: the branch that uses it sends the abandoned value whichever
        // other branch exists, so a conditional is not judged as a whole here.
        const string source = """
            using System.Collections.Generic;
            using Vendor.OneAtlas.Models;

            class C
            {
                List<OrderKind> Kinds() => [{|#0:OrderKind.DataGbProduct|}, OrderKind.DataProduct];

                OrderRequest Set(bool gb)
                {
                    var order = new OrderRequest();
                    order.Kind = gb ? {|#1:OrderKind.DataGbProduct|} : OrderKind.DataProduct;
                    return order;
                }
            }
            """;
        const string Gb = "OrderKind 'order.data.gb.product' is being abandoned by the vendor (GB consumption will be abandoned soon); use 'order.data.product' (OrderKind.DataProduct) instead";
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.DeprecatedValue, 0, Gb),
            Verify.Diagnostic(RuleDescriptors.DeprecatedValue, 1, Gb));
    }

    [Fact]
    public Task Current_values_in_the_new_forms_stay_silent()
    {
        const string source = """
            using System.Collections.Generic;
            using Vendor.OneAtlas.Models;

            class C
            {
                List<ConsumptionMode> Modes(bool km2) => [ConsumptionMode.Km2, km2 ? ConsumptionMode.Km2 : ConsumptionMode.Km2];
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
