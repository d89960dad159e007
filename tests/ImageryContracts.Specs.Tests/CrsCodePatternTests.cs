using System.Text.RegularExpressions;

namespace ImageryContracts.Specs.Tests;

/// <summary>The CRS code pattern accepts exactly the EPSG set of the seed, which <c>x-imagery-crs</c> also states.</summary>
public sealed class CrsCodePatternTests
{
    private static readonly Regex Pattern = new(Spec.OneAtlas.Schema("CrsCode")["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(4326)]
    [InlineData(32601)]
    [InlineData(32631)]
    [InlineData(32660)]
    [InlineData(32701)]
    [InlineData(32760)]
    public void The_pattern_accepts_a_code_of_the_seed(int code)
    {
        Assert.Matches(Pattern, $"urn:ogc:def:crs:EPSG::{code}");
    }

    [Theory]
    [InlineData(32661)]
    [InlineData(32600)]
    [InlineData(32700)]
    [InlineData(32761)]
    [InlineData(4327)]
    [InlineData(3260)]
    [InlineData(3857)]
    public void The_pattern_rejects_a_code_outside_the_seed(int code)
    {
        Assert.DoesNotMatch(Pattern, $"urn:ogc:def:crs:EPSG::{code}");
    }

    [Theory]
    [InlineData("EPSG:4326")]
    [InlineData("urn:ogc:def:crs:EPSG::4326 ")]
    [InlineData("urn:ogc:def:crs:EPSG:4326")]
    public void The_pattern_rejects_other_spellings(string value)
    {
        Assert.DoesNotMatch(Pattern, value);
    }

    [Fact]
    public void The_pattern_and_the_crs_extension_accept_the_same_codes()
    {
        var crs = Spec.OneAtlas.Schema("CrsCode")["x-imagery-crs"]!;
        var prefix = crs["urn-prefix"]!.GetValue<string>();
        var codes = crs["codes"]!.AsArray().Select(n => n!.GetValue<int>()).ToHashSet();
        var ranges = crs["ranges"]!.AsArray().Select(r => (From: r![0]!.GetValue<int>(), To: r[1]!.GetValue<int>())).ToList();

        var disagreements = Enumerable.Range(0, 100_000)
            .Where(code => Pattern.IsMatch(prefix + code) != (codes.Contains(code) || ranges.Exists(r => code >= r.From && code <= r.To)))
            .ToList();

        Assert.Empty(disagreements);
    }
}
