namespace ImageryContracts.Core.Tests.Geometry;

/// <summary>
/// Independent closed form for the area of a cell bounded by two meridians and two parallels on the WGS 84 ellipsoid:
/// Snyder, Map Projections: A Working Manual (USGS 1395, 1987), eq. 3-12: area = (a²/2)·Δλ·(q(φ₂) − q(φ₁)) with
/// q(φ) = (1 − e²)·[sin φ / (1 − e² sin² φ) − (1 / 2e)·ln((1 − e sin φ) / (1 + e sin φ))].
/// Written out here rather than taken from the code under test.
/// </summary>
internal static class ZoneAreaOracle
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;

    public static double CellKm2(double west, double east, double south, double north) =>
        Math.Abs(A * A / 2 * Radians(east - west) * (Q(Radians(north)) - Q(Radians(south)))) / 1e6;

    private static double Q(double latitude)
    {
        var e2 = F * (2 - F);
        var e = Math.Sqrt(e2);
        var s = Math.Sin(latitude);
        return (1 - e2) * ((s / (1 - (e2 * s * s))) - (1 / (2 * e) * Math.Log((1 - (e * s)) / (1 + (e * s)))));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
