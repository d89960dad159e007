using ImageryContracts.Analyzers.Descriptors;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.KnownWireValueAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class RawWireValueTests
{
    private const string Known = "ordered, delivered, error, rejected";

    [Fact]
    public Task A_typo_compared_with_a_known_values_property()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order) => order.Status == {|#0:"deliverd"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.RawWireValue,
            0,
            $"'deliverd' is not a known OrderStatus value (known: {Known}). Use OrderStatus.Delivered.ToWireValue() ('delivered') if that is what you meant."));
    }

    [Fact]
    public Task Wire_strings_assigned_passed_and_compared_with_ToWireValue()
    {
        const string source = """
            using Vendor.OneAtlas;
            using Vendor.OneAtlas.Models;

            class C
            {
                OrdersGetQueryParameters Q() => new OrdersGetQueryParameters { Status = {|#0:"delivered"|} };

                Order? F(OrdersClient client) => client.Find({|#1:"rejected"|});

                bool R(OrderStatus status) => {|#2:"error"|} != status.ToWireValue();
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.RawWireValue, 0, "'delivered' is the wire value of OrderStatus.Delivered. Use OrderStatus.Delivered.ToWireValue() so the compiler checks it."),
            Verify.Diagnostic(RuleDescriptors.RawWireValue, 1, "'rejected' is the wire value of OrderStatus.Rejected. Use OrderStatus.Rejected.ToWireValue() so the compiler checks it."),
            Verify.Diagnostic(RuleDescriptors.RawWireValue, 2, "'error' is the wire value of OrderStatus.Error. Use OrderStatus.Error.ToWireValue() so the compiler checks it."));
    }

    [Fact]
    public Task A_value_no_member_is_close_to()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool P(Order order) => order.Status == {|#0:"processing"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.RawWireValue,
            0,
            $"'processing' is not a known OrderStatus value (known: {Known}). Compare with OrderStatus members through ToWireValue(), or keep the string only for a value the spec does not list yet."));
    }

    [Fact]
    public Task Enum_members_and_strings_without_known_values_stay_silent()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool P(Order order) => order.Status == OrderStatus.Delivered.ToWireValue() && order.Id == "delivered";
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
