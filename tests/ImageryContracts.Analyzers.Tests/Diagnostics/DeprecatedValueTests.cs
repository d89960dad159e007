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
}
