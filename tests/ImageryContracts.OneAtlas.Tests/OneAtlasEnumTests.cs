using System.Reflection;
using System.Runtime.Serialization;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Rules;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// Every enum value the guide (seed 000) lists appears exactly once in the generated enums with its wire value, and
/// the wire helpers and rule attributes agree with it.
/// </summary>
public sealed class OneAtlasEnumTests
{
    [Fact]
    public void ProductTypes() => AssertWireValues<ProductType>("bundle", "pansharpened", "panchromatic", "multiSpectral", "bundle-fs", "pansharpened-fs");

    [Fact]
    public void RadiometricProcessings() => AssertWireValues<RadiometricProcessing>("BASIC16", "REFLECTANCE", "DISPLAY");

    [Fact]
    public void ImageFormats() => AssertWireValues<ImageFormat>("image/jp2", "image/geotiff");

    [Fact]
    public void OrderKinds() => AssertWireValues<OrderKind>("order.data.product", "order.data.gb.product");

    [Fact]
    public void OrderStatuses() => AssertWireValues<OrderStatus>("ordered", "delivered", "error", "rejected");

    [Fact]
    public void Sensors() => AssertWireValues<Sensor>("SPOT", "PHR", "PNEO");

    [Fact]
    public void DeliveryStatusesTheGuideShowsAreKnownValuesOfTheOpenList()
    {
        var known = WireValues<DeliveryStatus>();

        Assert.Contains("processing", known);
        Assert.Contains("delivered", known);
        Assert.Equal(known.Distinct().Count(), known.Count);
    }

    [Fact]
    public void ListFilterKindsTheGuideShowsAreKnownValuesOfTheReportedKind()
    {
        var known = WireValues<ReportedOrderKind>();

        Assert.Contains("order.data.product", known);
        Assert.Contains("order.analytics-toolbox.archive", known);
        Assert.Equal(known.Distinct().Count(), known.Count);
    }

    [Fact]
    public void RuleAttributesMatchTheGuidesTables()
    {
        foreach (var (wire, sensors) in OneAtlasValidatorTests.SeedRuleTables.ProductTypes)
        {
            Assert.True(ProductTypeExtensions.TryParse(wire, out var value));
            Assert.Equal(sensors.Cast<object>(), AttributeOf<AcceptedBySensorsAttribute>(value)!.Sensors);
        }

        Assert.Equal("order.data.product", AttributeOf<DeprecatedAttribute>(OrderKind.DataGbProduct)!.ReplacedBy);
        Assert.Null(AttributeOf<DeprecatedAttribute>(OrderKind.DataProduct));
        Assert.Equal("REFLECTANCE", AttributeOf<AlternativeValueAttribute>(RadiometricProcessing.Basic16)!.WireValue);
        Assert.Equal("bundle", AttributeOf<AlternativeValueAttribute>(ProductType.BundleFs)!.WireValue);
    }

    [Fact]
    public void UnknownWireValuesAreNotParsedAndUndeclaredMembersHaveNoWireValue()
    {
        Assert.False(ProductTypeExtensions.TryParse("Bundle", out _));
        Assert.False(ProductTypeExtensions.TryParse(null, out _));
        Assert.Contains("Bundle, Pansharpened", Assert.Throws<ArgumentOutOfRangeException>(() => ((ProductType)42).ToWireValue()).Message, StringComparison.Ordinal);
    }

    private static void AssertWireValues<TEnum>(params string[] seedValues)
        where TEnum : struct, Enum
    {
        var wireValues = WireValues<TEnum>();
        Assert.Equal(seedValues.Order(), wireValues.Order());
        foreach (var member in Enum.GetValues<TEnum>())
        {
            var wire = typeof(TEnum).GetField(member.ToString())!.GetCustomAttribute<EnumMemberAttribute>()!.Value!;
            Assert.Equal(wire, WireHelpers<TEnum>.ToWire(member));
            Assert.True(WireHelpers<TEnum>.TryParse(wire, out var parsed));
            Assert.Equal(member, parsed);
        }
    }

    private static List<string> WireValues<TEnum>()
        where TEnum : struct, Enum =>
        typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<EnumMemberAttribute>()!.Value!)
            .ToList();

    private static TAttribute? AttributeOf<TAttribute>(Enum value)
        where TAttribute : Attribute =>
        value.GetType().GetField(value.ToString())!.GetCustomAttribute<TAttribute>();

    /// <summary>The generated <c>&lt;Enum&gt;Extensions</c> methods of an enum, called through reflection once per test.</summary>
    private static class WireHelpers<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Type Extensions = typeof(TEnum).Assembly.GetType(typeof(TEnum).FullName + "Extensions", throwOnError: true)!;

        public static string ToWire(TEnum value) => (string)Extensions.GetMethod("ToWireValue")!.Invoke(null, [value])!;

        public static bool TryParse(string wire, out TEnum value)
        {
            object?[] arguments = [wire, null];
            var found = (bool)Extensions.GetMethod("TryParse")!.Invoke(null, arguments)!;
            value = (TEnum)arguments[1]!;
            return found;
        }
    }
}
