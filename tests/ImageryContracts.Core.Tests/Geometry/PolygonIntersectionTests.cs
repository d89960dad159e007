using ImageryContracts.Geometry;

namespace ImageryContracts.Core.Tests.Geometry;

public sealed class PolygonIntersectionTests
{
    private static readonly GeoJsonPolygon Footprint = Box(1.30, 43.50, 1.60, 43.70);

    [Theory]
    [InlineData(1.40, 43.60, 1.50, 43.65, true)]
    [InlineData(1.55, 43.65, 1.75, 43.80, true)]
    [InlineData(1.60, 43.60, 1.70, 43.65, true)]
    [InlineData(1.61, 43.60, 1.70, 43.65, false)]
    [InlineData(-104.80, 39.78, -104.77, 39.80, false)]
    public void An_aoi_intersects_a_footprint_when_they_share_a_point(double west, double south, double east, double north, bool intersects) =>
        Assert.Equal(intersects, Box(west, south, east, north).Intersects(Footprint));

    [Fact]
    public void An_aoi_inside_a_hole_of_the_footprint_does_not_intersect_it()
    {
        var withHole = new GeoJsonPolygon(Footprint.ExteriorRing, Box(1.40, 43.55, 1.50, 43.65).ExteriorRing);

        Assert.False(Box(1.42, 43.57, 1.48, 43.63).Intersects(withHole));
        Assert.True(Box(1.42, 43.57, 1.52, 43.63).Intersects(withHole));
    }

    [Fact]
    public void The_geometry_has_the_rings_in_longitude_latitude_order()
    {
        var geometry = Footprint.ToGeometry();

        Assert.Equal((1.30, 43.50), (geometry.ExteriorRing.Coordinates[0].X, geometry.ExteriorRing.Coordinates[0].Y));
        Assert.Equal(0.3 * 0.2, geometry.Area, 12);
    }

    private static GeoJsonPolygon Box(double west, double south, double east, double north) =>
        new([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);
}
