using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Validation;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// The CRS code type generated from <c>x-imagery-crs</c> and its IMG1003 check, on the guide's EPSG table:
/// EPSG:4326, EPSG:326[01-60] (WGS 84 north zones), EPSG:327[01-60] (WGS 84 south zones).
/// </summary>
public sealed class CrsCodeValidatorTests
{
    private const string Accepted = "EPSG:4326, EPSG:32601–32660 (UTM north zones 1–60), EPSG:32701–32760 (UTM south zones 1–60)";

    [Theory]
    [InlineData(4326)]
    [InlineData(32601)]
    [InlineData(32631)]
    [InlineData(32660)]
    [InlineData(32701)]
    [InlineData(32760)]
    public void EveryCodeOfTheGuidesTableIsAccepted(int epsg)
    {
        var code = CrsCode.FromEpsg(epsg);

        Assert.Equal($"urn:ogc:def:crs:EPSG::{epsg}", code.ToString());
        Assert.Equal($"EPSG:{epsg}", code.ToShortString());
        Assert.Equal(code, CrsCode.Parse(code.ToString()));
        Assert.Equal(code, CrsCode.Parse(code.ToShortString()));
        Assert.True(OneAtlasValidator.ValidateCrsCode(code.ToString()).IsValid);
    }

    [Theory]
    [InlineData(32600)]
    [InlineData(32661)]
    [InlineData(32700)]
    [InlineData(32761)]
    [InlineData(3857)]
    [InlineData(2154)]
    public void CodesOutsideTheTableAreRejectedWithTheCodeAndTheAcceptedSet(int epsg)
    {
        var expected = $"EPSG:{epsg} is not accepted by OneAtlas; accepted: {Accepted}.";

        Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => CrsCode.FromEpsg(epsg)).Message, StringComparison.Ordinal);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => CrsCode.Parse($"urn:ogc:def:crs:EPSG::{epsg}")).Message);
        Assert.False(CrsCode.TryParse($"EPSG:{epsg}", out var parsed));
        Assert.Equal(default, parsed);
        var problem = Assert.Single(OneAtlasValidator.ValidateCrsCode($"urn:ogc:def:crs:EPSG::{epsg}").Problems);
        Assert.Equal(("IMG1003", expected, "crsCode"), (problem.RuleId, problem.Message, problem.Fields.Single()));
    }

    [Fact]
    public void TheUtmFactoriesCoverZones1To60AndNameTheZoneTheyReject()
    {
        Assert.Equal(CrsCode.FromEpsg(32631), CrsCode.UtmNorth(31));
        Assert.Equal(CrsCode.FromEpsg(32701), CrsCode.UtmSouth(1));
        Assert.Equal(CrsCode.FromEpsg(4326), CrsCode.Wgs84);

        Assert.StartsWith($"UTM north zone 61: EPSG:32661 is not accepted by OneAtlas; accepted: {Accepted}.", Assert.Throws<ArgumentOutOfRangeException>(() => CrsCode.UtmNorth(61)).Message, StringComparison.Ordinal);
        Assert.StartsWith($"UTM south zone 0: EPSG:32700 is not accepted by OneAtlas; accepted: {Accepted}.", Assert.Throws<ArgumentOutOfRangeException>(() => CrsCode.UtmSouth(0)).Message, StringComparison.Ordinal);
        Assert.Equal("zone", Assert.Throws<ArgumentOutOfRangeException>(() => CrsCode.UtmNorth(0)).ParamName);
    }

    [Theory]
    [InlineData("EPSG::4326")]
    [InlineData("urn:ogc:def:crs:EPSG::")]
    [InlineData("urn:ogc:def:crs:EPSG::43x6")]
    [InlineData("urn:ogc:def:crs:EPSG::-4326")]
    [InlineData("4326")]
    [InlineData("")]
    public void TextThatIsNoCrsCodeIsRejectedWithTheFormsToUse(string text)
    {
        var message = Assert.Throws<FormatException>(() => CrsCode.Parse(text)).Message;

        Assert.Equal($"'{text}' is not a CRS code; write urn:ogc:def:crs:EPSG::NNNN or EPSG:NNNN. Accepted by OneAtlas: {Accepted}.", message);
        Assert.False(CrsCode.TryParse(text, out _));
        Assert.Equal("IMG1003", Assert.Single(OneAtlasValidator.ValidateCrsCode(text).Problems).RuleId);
    }

    [Fact]
    public void ParsingIsCaseInsensitiveOnThePrefixAndEqualityFollowsTheCode()
    {
        Assert.Equal(CrsCode.Wgs84, CrsCode.Parse("epsg:4326"));
        Assert.Equal(CrsCode.Wgs84, CrsCode.Parse("URN:OGC:DEF:CRS:EPSG::4326"));
        Assert.True(CrsCode.UtmNorth(31) == CrsCode.Parse("EPSG:32631"));
        Assert.True(CrsCode.UtmNorth(31) != CrsCode.UtmSouth(31));
        Assert.Equal(CrsCode.UtmNorth(31).GetHashCode(), CrsCode.FromEpsg(32631).GetHashCode());
        Assert.False(CrsCode.TryParse(null, out _));
        Assert.True(OneAtlasValidator.ValidateCrsCode(null).IsValid);
    }

    [Fact]
    public void TheTypeCarriesTheSpecsCodeSetForTheAnalyzers()
    {
        var attribute = (ImageryContracts.Rules.CrsCodeSetAttribute)Attribute.GetCustomAttribute(typeof(CrsCode), typeof(ImageryContracts.Rules.CrsCodeSetAttribute))!;

        Assert.Equal("urn:ogc:def:crs:EPSG::", attribute.UrnPrefix);
        Assert.Equal([4326], attribute.Codes);
        Assert.Equal([32601, 32660, 32701, 32760], attribute.Ranges);
    }
}
