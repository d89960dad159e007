namespace ImageryContracts.Testing.Faults;

/// <summary>
/// Which requests a fault applies to: an HTTP method (or <c>*</c>) and a path as the spec writes it, relative to the
/// simulator's base URL, where <c>{name}</c> matches one segment (<c>GET /api/v1/orders/{orderId}</c>).
/// </summary>
public sealed class FaultRoute
{
    private readonly string[] _segments;

    private FaultRoute(string method, string path)
    {
        Method = method;
        Path = path;
        _segments = path.Trim('/').Split('/');
    }

    /// <summary>The HTTP method, upper case, or <c>*</c> for any.</summary>
    public string Method { get; }

    /// <summary>The path template.</summary>
    public string Path { get; }

    /// <summary>Reads <c>"POST /api/v1/orders"</c>, <c>"* /api/v1/orders/{orderId}"</c> or a bare path (any method).</summary>
    /// <exception cref="FormatException">The text is not a method and a path starting with <c>/</c>.</exception>
    public static FaultRoute Parse(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var parts = route.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (method, path) = parts.Length switch
        {
            1 => ("*", parts[0]),
            2 => (parts[0].ToUpperInvariant(), parts[1]),
            _ => (null, null),
        };
        return path is not null && path.StartsWith('/')
            ? new FaultRoute(method!, path)
            : throw new FormatException($"Fault route '{route}' is not understood; write a method and a spec path relative to the base URL, for example \"POST /api/v1/orders\" or \"GET /v0/order/orders/{{order_id}}\".");
    }

    /// <summary>Whether a request with this method and spec-relative path is covered.</summary>
    public bool Matches(string method, string path)
    {
        if (Method != "*" && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var segments = path.Trim('/').Split('/');
        return segments.Length == _segments.Length
            && _segments.Zip(segments).All(pair => IsParameter(pair.First) || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
