using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ImageryContracts.Specs.Tests;

/// <summary>Both specs read cleanly in Microsoft.OpenApi 3.x, a reader that shares no code with our generator.</summary>
public sealed class MicrosoftOpenApiReadingTests
{
    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void The_json_form_reads_with_no_errors_and_no_warnings(string vendor)
    {
        var spec = Spec.Named(vendor);

        var result = OpenApiDocument.Parse(spec.Json, "json", new OpenApiReaderSettings());

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic!.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Diagnostic.Warnings.Select(w => w.ToString()));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, result.Diagnostic.SpecificationVersion);
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void The_default_validation_rules_report_nothing(string vendor)
    {
        var document = OpenApiDocument.Parse(Spec.Named(vendor).Json, "json", new OpenApiReaderSettings()).Document!;

        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => e.ToString()));
    }
}
