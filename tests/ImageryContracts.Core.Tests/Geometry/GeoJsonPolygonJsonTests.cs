using System.Text.Json;
using ImageryContracts.Geometry;

namespace ImageryContracts.Core.Tests.Geometry;

public sealed class GeoJsonPolygonJsonTests
{
    [Fact]
    public void Writes_the_GeoJSON_shape_the_vendors_expect()
    {
        var polygon = new GeoJsonPolygon([new(1.5, 43.5), new(1.6, 43.5), new(1.6, 43.6), new(1.5, 43.5)]);

        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[1.5,43.5],[1.6,43.5],[1.6,43.6],[1.5,43.5]]]}""",
            polygon.ToGeoJson());
    }

    [Fact]
    public void Round_trips_full_double_precision_and_holes()
    {
        var polygon = GeoJsonPolygon.FromCoordinates(
        [
            [[1.4089965820312502, 43.59829500262717], [1.5078735351562496, 43.59829500262717], [1.5078735351562496, 43.63408731864001], [1.4089965820312502, 43.59829500262717]],
            [[1.45, 43.60], [1.46, 43.61], [1.47, 43.60], [1.45, 43.60]],
        ]);

        var reread = GeoJsonPolygon.Parse(polygon.ToGeoJson());

        Assert.Equal(polygon, reread);
        Assert.Equal(2, reread.Rings.Count);
        Assert.Equal(new GeoPosition(1.4089965820312502, 43.59829500262717), reread.ExteriorRing[0]);
    }

    [Fact]
    public void Reads_as_a_property_of_a_larger_document_and_skips_bbox_and_foreign_members()
    {
        const string product = """
            {"id":"d42de348","aoi":{"bbox":[1,43,2,44],"type":"Polygon","title":"x","coordinates":[[[1,43],[2,43],[2,44],[1,43]]]}}
            """;

        var aoi = JsonSerializer.Deserialize<ProductWithAoi>(product)!.aoi;

        Assert.Equal([new GeoPosition(1, 43), new(2, 43), new(2, 44), new(1, 43)], aoi.ExteriorRing);
    }

    [Theory]
    [InlineData("""{"type":"MultiPolygon","coordinates":[]}""", "The geometry type is 'MultiPolygon'; an AOI must be a 'Polygon'")]
    [InlineData("""{"coordinates":[[[1,43],[2,43],[2,44],[1,43]]]}""", "The geometry has no \"type\" member")]
    [InlineData("""{"type":"Polygon"}""", "The Polygon has no \"coordinates\" member")]
    [InlineData("""{"type":"Polygon","coordinates":[[[1,43],[2,43,100],[2,44],[1,43]]]}""", "Position 1 of ring 0 has 3 number(s); an AOI position is exactly [longitude, latitude]")]
    [InlineData("""{"type":"Polygon","coordinates":[[[1,43],["2",43],[2,44],[1,43]]]}""", "Expected numbers in position 1 of ring 0, found the string \"2\"")]
    [InlineData("""{"type":"Polygon","coordinates":[1,43]}""", "Expected ring 0 as an array of [longitude, latitude] positions, found the number 1")]
    [InlineData("""{"type":"Polygon","coordinates":[[1,43]]}""", "Expected position 0 of ring 0 as [longitude, latitude], found the number 1")]
    [InlineData("""[1,2]""", "Expected a GeoJSON geometry object")]
    [InlineData("""null""", "The GeoJSON text is 'null'")]
    public void Rejects_what_is_not_a_GeoJSON_polygon_with_a_message_naming_it(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => GeoJsonPolygon.Parse(json));

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void FromCoordinates_rejects_a_position_without_two_numbers()
    {
        var exception = Assert.Throws<ArgumentException>(() => GeoJsonPolygon.FromCoordinates([[[1, 43], [2], [2, 44], [1, 43]]]));

        Assert.Contains("Position 1 of ring 0 has 1 number(s)", exception.Message);
    }

    private sealed record ProductWithAoi(string id, GeoJsonPolygon aoi);
}
