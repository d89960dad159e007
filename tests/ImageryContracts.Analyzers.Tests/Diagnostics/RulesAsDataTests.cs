using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Tests.Infrastructure;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.SensorCompatibilityAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

/// <summary>A rule added to the spec reaches the analyzers through the generated attributes alone.</summary>
public sealed class RulesAsDataTests
{
    private const string Consumer = """
        using Vendor.OneAtlas.Models;

        class C
        {
            Product P() => new Product { ProductType = ProductType.BundleFs, ImageFormat = {|#0:ImageFormat.ImageGeotiff|} };
        }
        """;

    [Fact]
    public Task Without_a_sensor_rule_on_image_formats_the_request_is_valid() =>
        Verify.VerifyAsync(Consumer.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

    [Fact]
    public Task A_new_sensor_restriction_in_the_generated_code_is_a_new_IMG1001_case()
    {
        // What the generator emits after "x-imagery-sensors: {image/geotiff: [SPOT, PHR]}" is added to the spec.
        const string unrestricted = """[EnumMember(Value = "image/geotiff")] ImageGeotiff,""";
        const string restricted = """[EnumMember(Value = "image/geotiff")] [AcceptedBySensors(Sensor.Spot, Sensor.Pleiades)] ImageGeotiff,""";
        Assert.Contains(unrestricted, FakeVendors.OneAtlas, StringComparison.Ordinal);

        return Verify.VerifyAsync(
            Consumer,
            FakeVendors.OneAtlas.Replace(unrestricted, restricted, StringComparison.Ordinal),
            Verify.Diagnostic(
                RuleDescriptors.IncompatibleSensors,
                0,
                "ProductType 'bundle-fs' (PNEO) and ImageFormat 'image/geotiff' (SPOT, PHR) have no sensor in common; use ProductType 'bundle' instead of 'bundle-fs'"));
    }
}
