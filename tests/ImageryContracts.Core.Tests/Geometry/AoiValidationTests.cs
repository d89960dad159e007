using ImageryContracts.Geometry;

namespace ImageryContracts.Core.Tests.Geometry;

public sealed class AoiValidationTests
{
    private static GeoJsonPolygon Polygon(params (double Longitude, double Latitude)[] ring) =>
        new(ring.Select(p => new GeoPosition(p.Longitude, p.Latitude)).ToArray());

    [Fact]
    public void A_closed_simple_ring_in_range_is_valid()
    {
        var result = Polygon((1, 43), (2, 43), (2, 44), (1, 44), (1, 43)).Validate();

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void An_unclosed_ring_names_its_first_and_last_positions_and_the_fix()
    {
        var problem = Assert.Single(Polygon((1, 43), (2, 43), (2, 44), (1, 44)).Validate("products/0/aoi").Problems);

        Assert.Equal("IMG1004", problem.RuleId);
        Assert.Equal(
            "AOI exterior ring 0 is not closed: its last position 3 [1, 44] differs from its first position 0 [1, 43]; repeat [1, 43] at the end.",
            problem.Message);
        Assert.Equal(["products/0/aoi/coordinates/0/3"], problem.Fields);
    }

    [Fact]
    public void A_ring_of_three_positions_is_too_short_and_unclosed()
    {
        var problems = Polygon((1, 43), (2, 43), (2, 44)).Validate().Problems;

        Assert.Collection(
            problems,
            p => Assert.Equal("AOI exterior ring 0 has 3 position(s); a ring needs at least 4 (three corners and the first repeated at the end): add positions.", p.Message),
            p => Assert.StartsWith("AOI exterior ring 0 is not closed: its last position 2 [2, 44]", p.Message));
    }

    [Fact]
    public void Every_out_of_range_coordinate_is_reported_with_its_position_and_value()
    {
        var problems = Polygon((181, 43), (2, 43), (2, 95), (-181, -91), (181, 43)).Validate().Problems;

        Assert.Equal(
            [
                "AOI exterior ring 0 position 0 [181, 43] has longitude 181 outside [-180, 180]; give WGS 84 degrees, longitude first.",
                "AOI exterior ring 0 position 2 [2, 95] has latitude 95 outside [-90, 90]; GeoJSON positions are [longitude, latitude], so check the order.",
                "AOI exterior ring 0 position 3 [-181, -91] has longitude -181 outside [-180, 180]; give WGS 84 degrees, longitude first.",
                "AOI exterior ring 0 position 3 [-181, -91] has latitude -91 outside [-90, 90]; GeoJSON positions are [longitude, latitude], so check the order.",
                "AOI exterior ring 0 position 4 [181, 43] has longitude 181 outside [-180, 180]; give WGS 84 degrees, longitude first.",
            ],
            problems.Select(p => p.Message));
        Assert.Equal("aoi/coordinates/0/2/1", problems[1].Fields[0]);
    }

    [Fact]
    public void Swapped_latitude_and_longitude_is_caught_as_a_latitude_out_of_range()
    {
        // Denver written [lat, lon]: 39.79 passes as a longitude, -104.78 cannot be a latitude.
        var problems = Polygon((39.790956, -104.775823), (39.790956, -104.776331), (39.791346, -104.776331), (39.790956, -104.775823)).Validate().Problems;

        Assert.All(problems, p => Assert.Contains("outside [-90, 90]; GeoJSON positions are [longitude, latitude]", p.Message));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void A_bow_tie_ring_is_reported_by_NetTopologySuite_at_the_crossing_edges()
    {
        var problem = Assert.Single(Polygon((0, 0), (1, 1), (1, 0), (0, 1), (0, 0)).Validate().Problems);

        Assert.Equal(
            "AOI ring crosses or touches itself at [0.5, 0.5], on exterior ring 0 edge 0→1 and exterior ring 0 edge 2→3; reorder the positions so that no two edges meet except at consecutive corners (a figure-eight is two polygons).",
            problem.Message);
        Assert.Equal(["aoi/coordinates/0/0"], problem.Fields);
    }

    [Fact]
    public void A_hole_outside_the_exterior_is_reported()
    {
        GeoPosition[] exterior = [new(0, 0), new(1, 0), new(1, 1), new(0, 1), new(0, 0)];
        GeoPosition[] hole = [new(5, 5), new(6, 5), new(6, 6), new(5, 5)];
        var polygon = new GeoJsonPolygon(exterior, hole);

        var problem = Assert.Single(polygon.Validate().Problems);

        Assert.StartsWith("AOI hole lies outside the exterior ring at [", problem.Message);
        Assert.Contains("hole ring 1 edge", problem.Message);
    }

    [Fact]
    public void A_ring_of_repeated_points_collapses_and_is_reported()
    {
        var problem = Assert.Single(Polygon((1, 43), (1, 43), (2, 44), (1, 43)).Validate().Problems);

        Assert.Contains("collapses to fewer than 3 distinct corners", problem.Message);
    }

    [Fact]
    public void A_polygon_with_no_rings_is_reported()
    {
        var problem = Assert.Single(GeoJsonPolygon.FromCoordinates([]).Validate().Problems);

        Assert.StartsWith("The AOI polygon has no rings", problem.Message);
    }

    [Fact]
    public void The_minimum_area_is_checked_only_on_a_well_formed_ring()
    {
        // Unclosed and tiny: the closure is the problem to fix first, the area of a broken ring means nothing.
        var problems = Polygon((1, 43), (1.0001, 43), (1.0001, 43.0001), (1, 43.0001)).Validate(0.1, "OneAtlas").Problems;

        Assert.Single(problems);
        Assert.Contains("is not closed", problems[0].Message);
    }

    [Theory]
    [InlineData(0.0999, 0.1, "AOI area 0.0999 km² is under DataCosmos' minimum of 0.1 km²; enlarge the polygon.", "DataCosmos")]
    [InlineData(0.05, 1, "AOI area 0.050 km² is under Acme's minimum of 1 km²; enlarge the polygon.", "Acme")]
    public void The_minimum_area_message_shows_an_area_visibly_under_the_minimum(double sideFactor, double minimum, string expected, string vendor)
    {
        // A square at the equator whose area is sideFactor km² to within 10⁻⁶: side in degrees from the meridian arc length.
        var side = Math.Sqrt(sideFactor) / 110.574;
        var scale = Math.Sqrt(sideFactor / GeodesicArea.PolygonKm2([[(0, 0), (side, 0), (side, side), (0, side), (0, 0)]]));
        side *= scale;

        var problem = Assert.Single(Polygon((0, 0), (side, 0), (side, side), (0, side), (0, 0)).Validate(minimum, vendor).Problems);

        Assert.Equal(expected, problem.Message);
    }

    [Fact]
    public void An_invalid_minimum_is_refused_with_the_value()
    {
        var polygon = Polygon((1, 43), (2, 43), (2, 44), (1, 43));

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => polygon.Validate(double.NaN, "OneAtlas"));

        Assert.Equal("minimumAreaKm2", exception.ParamName);
        Assert.Contains("NaN", exception.Message);
    }
}
