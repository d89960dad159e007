using System;

namespace ImageryContracts.Geometry;

/// <summary>
/// Area of a GeoJSON polygon on the WGS 84 ellipsoid, in km². Shared by the runtime (<c>GeoJsonPolygon</c>) and,
/// through a linked compile item, by the netstandard2.0 analyzers, so the compile-time and run-time minimum-area checks
/// agree to the last digit. That is why this file uses only <c>System</c> and no newer BCL API.
/// </summary>
/// <remarks>
/// <para>
/// Which curve is an edge? RFC 7946 §3.1.1 says a line between two GeoJSON positions is a straight line in the
/// coordinate reference system, that is, longitude and latitude both vary linearly along it. So an edge of a
/// lat/lon-aligned box runs along the parallel (not along the geodesic that bulges poleward), and the closed-form
/// zonal area of such a box is the exact answer, which the tests use as their oracle. A geodesic-edge algorithm
/// (Karney 2013) would differ from it by the lens between the parallel and the geodesic: negligible for AOIs
/// (about 10⁻⁶ of a 30 km² box) but hundreds of km² for a 6°-wide UTM strip.
/// </para>
/// <para>
/// Method: the ellipsoid's area element is dA = M(φ)·N(φ)·cos φ dφ dλ = dZ(φ) dλ, where
/// Z(φ) = (b²/2)·[sin φ / (1 − e² sin² φ) + atanh(e sin φ) / e] is the area from the equator to latitude φ per radian
/// of longitude (the authalic-sphere relation Z = R_q² sin β, with β the authalic latitude). By Green's theorem the area
/// a counter-clockwise ring encloses is −∮ Z(φ) dλ. Along an RFC 7946 edge dλ is constant per unit of φ, so each edge
/// contributes exactly −Δλ · mean(Z over [φ₁, φ₂]); a parallel (Δφ = 0) gives −Δλ · Z(φ₁) in closed form, a meridian
/// gives zero. The mean is integrated with 4-point Gauss–Legendre on pieces of at most 1° of latitude. Z is analytic,
/// so the quadrature error per piece is h⁹·(4!)⁴/(9·(8!)³)·max|Z⁽⁸⁾| ≈ 6·10⁻¹⁰·h⁹·max|Z⁽⁸⁾|; with h ≤ 0.0175 rad and
/// |Z⁽⁸⁾| of the order of a² (Z is a²·sin φ up to O(e²) terms), that is about 10⁻¹¹ m² per radian of
/// longitude: far under double rounding.
/// Z is taken relative to the first vertex's latitude, so a 1,000 m² AOI is not lost in the cancellation of two
/// hemisphere-sized terms; rounding then stays below about 10⁻⁶ m² for AOI-sized rings.
/// </para>
/// <para>
/// Longitudes are used as given (no wrapping): RFC 7946 asks for rings that cross the antimeridian to be cut there.
/// A ring need not repeat its first position; it is closed implicitly.
/// </para>
/// </remarks>
internal static class GeodesicArea
{
    /// <summary>WGS 84 semi-major axis, metres.</summary>
    internal const double Wgs84SemiMajorAxisMetres = 6378137.0;

    /// <summary>WGS 84 flattening.</summary>
    internal const double Wgs84Flattening = 1.0 / 298.257223563;

    private const double SquareMetresPerSquareKilometre = 1e6;
    private const double DegreesToRadians = Math.PI / 180.0;
    private const double MaxQuadratureStepRadians = DegreesToRadians;

    // 4-point Gauss–Legendre on [-1, 1]: nodes ±x, weights w.
    private static readonly double[] GaussNodes = { -0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526 };
    private static readonly double[] GaussWeights = { 0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538 };

    /// <summary>
    /// Area of a polygon on the WGS 84 ellipsoid in km²: the first ring is the exterior, the others are holes.
    /// Either winding order is accepted for every ring.
    /// </summary>
    /// <param name="rings">Rings of (longitude, latitude) in degrees.</param>
    internal static double PolygonKm2((double Longitude, double Latitude)[][] rings) =>
        PolygonKm2(rings, Wgs84SemiMajorAxisMetres, Wgs84Flattening);

    /// <summary>Area of a polygon on an ellipsoid of revolution in km² (a sphere when <paramref name="flattening"/> is 0).</summary>
    /// <param name="rings">Rings of (longitude, latitude) in degrees; the first is the exterior, the others are holes.</param>
    /// <param name="semiMajorAxisMetres">Equatorial radius.</param>
    /// <param name="flattening">(a − b) / a.</param>
    internal static double PolygonKm2((double Longitude, double Latitude)[][] rings, double semiMajorAxisMetres, double flattening)
    {
        if (rings.Length == 0)
        {
            return 0;
        }

        var area = Math.Abs(SignedRingKm2(rings[0], semiMajorAxisMetres, flattening));
        for (var hole = 1; hole < rings.Length; hole++)
        {
            area -= Math.Abs(SignedRingKm2(rings[hole], semiMajorAxisMetres, flattening));
        }

        return area;
    }

    /// <summary>Area of one ring on the WGS 84 ellipsoid in km²: positive when counter-clockwise, negative when clockwise.</summary>
    /// <param name="ring">Positions as (longitude, latitude) in degrees, closed or not.</param>
    internal static double SignedRingKm2((double Longitude, double Latitude)[] ring) =>
        SignedRingKm2(ring, Wgs84SemiMajorAxisMetres, Wgs84Flattening);

    /// <summary>Area of one ring in km²: positive when counter-clockwise, negative when clockwise.</summary>
    /// <param name="ring">Positions as (longitude, latitude) in degrees, closed or not.</param>
    /// <param name="semiMajorAxisMetres">Equatorial radius.</param>
    /// <param name="flattening">(a − b) / a.</param>
    internal static double SignedRingKm2((double Longitude, double Latitude)[] ring, double semiMajorAxisMetres, double flattening)
    {
        if (ring.Length < 3)
        {
            return 0;
        }

        var zone = new ZoneArea(semiMajorAxisMetres, flattening, ring[0].Latitude * DegreesToRadians);
        var sum = 0.0;
        for (var i = 0; i < ring.Length; i++)
        {
            var from = ring[i];
            var to = ring[(i + 1) % ring.Length];
            var deltaLongitude = (to.Longitude - from.Longitude) * DegreesToRadians;
            if (deltaLongitude != 0)
            {
                sum += deltaLongitude * zone.Mean(from.Latitude * DegreesToRadians, to.Latitude * DegreesToRadians);
            }
        }

        return -sum / SquareMetresPerSquareKilometre;
    }

    /// <summary>Z(φ) − Z(φ₀) for one ellipsoid, and its mean over a latitude interval.</summary>
    private readonly struct ZoneArea
    {
        private readonly double _eccentricity;
        private readonly double _eccentricitySquared;
        private readonly double _halfMinorAxisSquared;
        private readonly double _reference;

        public ZoneArea(double semiMajorAxisMetres, double flattening, double referenceLatitude)
        {
            _eccentricitySquared = flattening * (2 - flattening);
            _eccentricity = Math.Sqrt(_eccentricitySquared);
            var minorAxis = semiMajorAxisMetres * (1 - flattening);
            _halfMinorAxisSquared = minorAxis * minorAxis / 2;
            _reference = FromEquator(referenceLatitude);
        }

        public double Mean(double fromLatitude, double toLatitude)
        {
            var span = toLatitude - fromLatitude;
            if (span == 0)
            {
                return FromEquator(fromLatitude) - _reference;
            }

            var pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(span) / MaxQuadratureStepRadians));
            var step = span / pieces;
            var integral = 0.0;
            for (var piece = 0; piece < pieces; piece++)
            {
                var middle = fromLatitude + ((piece + 0.5) * step);
                for (var node = 0; node < GaussNodes.Length; node++)
                {
                    integral += GaussWeights[node] * (FromEquator(middle + (GaussNodes[node] * step / 2)) - _reference);
                }
            }

            // Each piece's integral is (step / 2)·Σ wᵢ·f(xᵢ); the mean divides the total by span = pieces·step.
            return integral / (2 * pieces);
        }

        private double FromEquator(double latitude)
        {
            var sine = Math.Sin(latitude);
            if (_eccentricity == 0)
            {
                return 2 * _halfMinorAxisSquared * sine;
            }

            var eSine = _eccentricity * sine;
            var atanh = 0.5 * Math.Log((1 + eSine) / (1 - eSine));
            return _halfMinorAxisSquared * ((sine / (1 - (_eccentricitySquared * sine * sine))) + (atanh / _eccentricity));
        }
    }
}
