using System.Text.Json;
using System.Text.Json.Serialization;
using ImageryContracts.Validation;

namespace ImageryContracts.Geometry;

/// <summary>
/// An area of interest as a GeoJSON <c>Polygon</c>: an exterior ring and optional holes, each a list of
/// <see cref="GeoPosition"/>. Read from and written to GeoJSON text, validated against the rules every vendor applies
/// (closed rings of at least 4 positions, WGS 84 ranges, valid topology, a minimum area) and measured on the WGS 84
/// ellipsoid.
/// </summary>
/// <remarks>
/// Construction never rejects a polygon for its content, so <see cref="Validate(string)"/> can report every problem at
/// once; only a shape that is not a GeoJSON polygon at all fails in <see cref="Parse"/>. Either winding order is
/// accepted: OneAtlas sends clockwise rings in its request examples and counter-clockwise ones in its echoes.
/// </remarks>
[JsonConverter(typeof(GeoJsonPolygonJsonConverter))]
public sealed class GeoJsonPolygon : IEquatable<GeoJsonPolygon>
{
    /// <summary>The rule ID every AOI problem carries: the same as the analyzers' compile-time AOI diagnostic.</summary>
    public const string AoiRuleId = Rules.RuleIds.AreaOfInterest;

    private static readonly NetTopologySuite.Geometries.GeometryFactory Factory = new();

    private readonly Lazy<double> _areaKm2;

    /// <summary>Creates a polygon from its exterior ring and holes.</summary>
    /// <param name="exteriorRing">The outer boundary; GeoJSON closes it by repeating the first position at the end.</param>
    /// <param name="holes">Inner boundaries cut out of the exterior, closed the same way.</param>
    public GeoJsonPolygon(IReadOnlyList<GeoPosition> exteriorRing, params IReadOnlyList<GeoPosition>[] holes)
        : this([exteriorRing, .. holes])
    {
    }

    private GeoJsonPolygon(IEnumerable<IReadOnlyList<GeoPosition>> rings)
    {
        Rings = rings
            .Select((ring, index) => (IReadOnlyList<GeoPosition>)(ring ?? throw new ArgumentNullException(nameof(rings), $"Ring {index} is null; pass an empty list for an empty ring.")).ToArray())
            .ToArray();
        _areaKm2 = new Lazy<double>(() => GeodesicArea.PolygonKm2(ToLongitudeLatitudeRings()));
    }

    /// <summary>Every ring: the exterior first, then the holes (GeoJSON's <c>coordinates</c> order).</summary>
    public IReadOnlyList<IReadOnlyList<GeoPosition>> Rings { get; }

    /// <summary>The outer boundary (empty for a polygon with no rings, which <see cref="Validate(string)"/> reports).</summary>
    public IReadOnlyList<GeoPosition> ExteriorRing => Rings.Count > 0 ? Rings[0] : [];

    /// <summary>
    /// Area on the WGS 84 ellipsoid in km², exterior minus holes, whatever the winding order. Edges are straight in
    /// longitude and latitude, as RFC 7946 defines them. Meaningful only for a polygon that <see cref="Validate(string)"/>
    /// accepts.
    /// </summary>
    public double AreaKm2 => _areaKm2.Value;

    /// <summary>Creates a polygon from GeoJSON-style coordinates: rings of <c>[longitude, latitude]</c> pairs.</summary>
    /// <param name="coordinates">The value of a GeoJSON polygon's <c>coordinates</c> member.</param>
    /// <exception cref="ArgumentException">A position does not have exactly two numbers.</exception>
    public static GeoJsonPolygon FromCoordinates(double[][][] coordinates)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        return new GeoJsonPolygon(coordinates.Select((ring, r) => ring.Select((position, p) => ToPosition(position, r, p)).ToArray()));
    }

    /// <summary>Reads a GeoJSON <c>Polygon</c> geometry such as <c>{"type":"Polygon","coordinates":[[[1.4,43.6],…]]}</c>.</summary>
    /// <param name="geoJson">The geometry object as JSON text.</param>
    /// <returns>The polygon; call <see cref="Validate(string)"/> before using it as an AOI.</returns>
    /// <exception cref="FormatException">The text is not a GeoJSON polygon; the message names what is wrong and where.</exception>
    public static GeoJsonPolygon Parse(string geoJson)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        try
        {
            return JsonSerializer.Deserialize<GeoJsonPolygon>(geoJson)
                ?? throw new FormatException("The GeoJSON text is 'null'; send a Polygon object such as {\"type\":\"Polygon\",\"coordinates\":[[[lon,lat],…]]}.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Not a GeoJSON Polygon: {exception.Message}", exception);
        }
    }

    /// <summary>Writes the polygon as GeoJSON text, <c>{"type":"Polygon","coordinates":[[[lon,lat],…]]}</c>, with round-trip precision.</summary>
    public string ToGeoJson() => JsonSerializer.Serialize(this);

    /// <summary>Checks the polygon's shape: ring closure and size, coordinate ranges and topology (no self-intersection).</summary>
    /// <param name="fieldPath">Where the polygon sits in the request, used in each problem's fields (for example <c>products/0/aoi</c>).</param>
    /// <returns>Every problem found, each naming the ring, the position and the fix.</returns>
    public ValidationResult Validate(string fieldPath = "aoi") => AoiValidator.Validate(this, fieldPath, minimum: null);

    /// <summary>Checks the polygon's shape and that its area is at least the vendor's minimum.</summary>
    /// <param name="minimumAreaKm2">The smallest AOI the vendor accepts, in km² (the spec's <c>x-imagery-min-area-km2</c>).</param>
    /// <param name="vendorName">The vendor, named in the message (for example <c>OneAtlas</c>).</param>
    /// <param name="fieldPath">Where the polygon sits in the request, used in each problem's fields.</param>
    /// <returns>Every problem found; the area is checked only when the shape is valid, since a broken ring has no meaningful area.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumAreaKm2"/> is negative or not a number.</exception>
    public ValidationResult Validate(double minimumAreaKm2, string vendorName, string fieldPath = "aoi")
    {
        if (!(minimumAreaKm2 >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumAreaKm2), minimumAreaKm2, "The minimum AOI area must be a number of km² ≥ 0, as in the spec's x-imagery-min-area-km2.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(vendorName);
        return AoiValidator.Validate(this, fieldPath, new AoiMinimumArea(minimumAreaKm2, vendorName));
    }

    /// <summary>
    /// Whether the two polygons share at least one point (edges straight in longitude and latitude, as RFC 7946 defines
    /// them): an AOI that does not intersect an image's footprint selects nothing of it. Both must be valid polygons.
    /// </summary>
    /// <param name="other">The other polygon, for example an image's footprint.</param>
    /// <returns><see langword="true"/> when they overlap or touch.</returns>
    public bool Intersects(GeoJsonPolygon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (mine, theirs) = (ToGeometry(), other.ToGeometry());
        return mine.EnvelopeInternal.Intersects(theirs.EnvelopeInternal) && mine.Intersects(theirs);
    }

    /// <summary>
    /// The polygon as a NetTopologySuite geometry on the longitude/latitude plane, for the relations this type does not
    /// wrap (within, contains, intersection). Its rings must be closed with at least 4 positions each.
    /// </summary>
    /// <returns>A new geometry.</returns>
    public NetTopologySuite.Geometries.Polygon ToGeometry()
    {
        var rings = Rings
            .Select(ring => Factory.CreateLinearRing(ring.Select(position => new NetTopologySuite.Geometries.Coordinate(position.Longitude, position.Latitude)).ToArray()))
            .ToArray();
        return Factory.CreatePolygon(rings[0], rings[1..]);
    }

    /// <inheritdoc />
    public bool Equals(GeoJsonPolygon? other) =>
        other is not null
        && Rings.Count == other.Rings.Count
        && Rings.Zip(other.Rings).All(pair => pair.First.SequenceEqual(pair.Second));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GeoJsonPolygon);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var position in Rings.SelectMany(ring => ring))
        {
            hash.Add(position);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => ToGeoJson();

    internal (double Longitude, double Latitude)[][] ToLongitudeLatitudeRings() =>
        Rings.Select(ring => ring.Select(position => (position.Longitude, position.Latitude)).ToArray()).ToArray();

    private static GeoPosition ToPosition(double[] position, int ring, int index) =>
        position is { Length: 2 }
            ? new GeoPosition(position[0], position[1])
            : throw new ArgumentException(
                $"Position {index} of ring {ring} has {position?.Length ?? 0} number(s); an AOI position is exactly [longitude, latitude] (drop any altitude).",
                "coordinates");
}
