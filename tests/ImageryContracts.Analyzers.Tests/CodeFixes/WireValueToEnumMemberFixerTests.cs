using ImageryContracts.Analyzers.Analyzers;
using ImageryContracts.Analyzers.CodeFixes.Fixers;
using ImageryContracts.Analyzers.Tests.Infrastructure;

namespace ImageryContracts.Analyzers.Tests.CodeFixes;

public sealed class WireValueToEnumMemberFixerTests
{
    [Fact]
    public Task Typo_and_exact_wire_values_become_the_enum_member_fix_all_included()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order) => order.Status == [|"deliverd"|];

                OrdersGetQueryParameters Q() => new OrdersGetQueryParameters { Status = [|"rejected"|] };
            }
            """;
        const string fixedSource = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order) => order.Status == OrderStatus.Delivered.ToWireValue();

                OrdersGetQueryParameters Q() => new OrdersGetQueryParameters { Status = OrderStatus.Rejected.ToWireValue() };
            }
            """;
        return CodeFixVerifier<KnownWireValueAnalyzer, WireValueToEnumMemberFixer>.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task The_enum_namespace_is_imported_when_missing()
    {
        const string source = """
            class C
            {
                bool Done(Vendor.OneAtlas.Models.Order order) => order.Status == [|"delivered"|];
            }
            """;
        const string fixedSource = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Vendor.OneAtlas.Models.Order order) => order.Status == OrderStatus.Delivered.ToWireValue();
            }
            """;
        return CodeFixVerifier<KnownWireValueAnalyzer, WireValueToEnumMemberFixer>.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task Every_branch_of_a_conditional_and_each_element_of_a_collection_becomes_its_member()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order, bool late) => order.Status == ([|late ? "deliverd" : "rejected"|]);

                OrderSearch S() => new() { Statuses = [[|"error"|], OrderStatus.Ordered.ToWireValue()] };
            }
            """;
        const string fixedSource = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool Done(Order order, bool late) => order.Status == (late ? OrderStatus.Delivered.ToWireValue() : OrderStatus.Rejected.ToWireValue());

                OrderSearch S() => new() { Statuses = [OrderStatus.Error.ToWireValue(), OrderStatus.Ordered.ToWireValue()] };
            }
            """;
        return CodeFixVerifier<KnownWireValueAnalyzer, WireValueToEnumMemberFixer>.VerifyAsync(source, fixedSource);
    }
}
