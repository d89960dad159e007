using System.Reflection;
using System.Runtime.Serialization;
using ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// Every enum value of the vendor's ordering overview (seed 002) appears exactly once in the generated enums with its
/// wire value, and the generated wire helpers agree.
/// </summary>
public sealed class DataCosmosEnumTests
{
    [Fact]
    public void OrderStatuses()
    {
        AssertWireValues<OrderStatus>("UNPAID", "PAID", "CANCELLED");
        Assert.All(Enum.GetValues<OrderStatus>(), s => Assert.True(OrderStatusExtensions.TryParse(s.ToWireValue(), out var back) && back == s));
    }

    [Fact]
    public void PaymentMethods()
    {
        AssertWireValues<PaymentMethod>("CARD", "BANK_TRANSFER", "NOT_REQUIRED");
        Assert.All(Enum.GetValues<PaymentMethod>(), m => Assert.True(PaymentMethodExtensions.TryParse(m.ToWireValue(), out var back) && back == m));
    }

    [Fact]
    public void OrderTypes()
    {
        AssertWireValues<OrderType>("IMAGE");
        Assert.Equal("IMAGE", OrderType.Image.ToWireValue());
        Assert.False(OrderTypeExtensions.TryParse("image", out _));
    }

    private static void AssertWireValues<TEnum>(params string[] seedValues)
        where TEnum : struct, Enum
    {
        var wireValues = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<EnumMemberAttribute>()!.Value!)
            .ToList();
        Assert.Equal(seedValues.Order(), wireValues.Order());
    }
}
