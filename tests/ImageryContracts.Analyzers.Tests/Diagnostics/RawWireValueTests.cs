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

    [Fact]
    public Task A_conditional_of_wire_strings_names_every_branch()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order, bool late) => order.Status == ({|#0:late ? "deliverd" : "rejected"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.RawWireValue,
            0,
            $"'deliverd' or 'rejected' (the branches of a conditional) are wire strings: 'deliverd' is not a known OrderStatus value (known: {Known}); 'rejected' is the wire value of OrderStatus.Rejected. Use OrderStatus.Delivered.ToWireValue() and OrderStatus.Rejected.ToWireValue() so the compiler checks them."));
    }

    [Fact]
    public Task A_conditional_with_a_branch_that_is_no_string_literal_stays_silent()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order, bool late) => order.Status == (late ? "delivered" : OrderStatus.Error.ToWireValue());
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Wire_strings_in_a_collection_given_to_a_known_values_list_and_in_a_setup_statement()
    {
        const string source = """
            using System.Collections.Generic;
            using Vendor.OneAtlas.Models;

            class C
            {
                OrderSearch Expression() => new() { Statuses = [OrderStatus.Ordered.ToWireValue(), {|#0:"deliverd"|}] };

                OrderSearch Initializer() => new() { Statuses = new List<string> { {|#1:"error"|} } };

                OrdersGetQueryParameters Statement()
                {
                    var query = new OrdersGetQueryParameters();
                    query.Status = {|#2:"rejected"|};
                    return query;
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.RawWireValue, 0, $"'deliverd' is not a known OrderStatus value (known: {Known}). Use OrderStatus.Delivered.ToWireValue() ('delivered') if that is what you meant."),
            Verify.Diagnostic(RuleDescriptors.RawWireValue, 1, "'error' is the wire value of OrderStatus.Error. Use OrderStatus.Error.ToWireValue() so the compiler checks it."),
            Verify.Diagnostic(RuleDescriptors.RawWireValue, 2, "'rejected' is the wire value of OrderStatus.Rejected. Use OrderStatus.Rejected.ToWireValue() so the compiler checks it."));
    }

    [Fact]
    public Task A_collection_of_strings_for_a_list_without_known_values_stays_silent()
    {
        const string source = """
            using System.Collections.Generic;

            class C
            {
                List<string> Tags { get; set; } = ["delivered", "deliverd"];
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
