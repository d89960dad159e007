using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>A response of an operation, with <c>$ref</c>s to <c>components/responses</c> resolved.</summary>
public sealed record ApiResponse
{
    /// <summary>The key: a status code (<c>201</c>), a range (<c>4XX</c>) or <c>default</c>.</summary>
    public string StatusCode { get; init; } = "";

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The media types.</summary>
    public EquatableArray<ApiMediaType> Content { get; init; }

    /// <summary>The response headers.</summary>
    public EquatableArray<ApiHeader> Headers { get; init; }

    /// <summary><c>x-imagery-assumed</c>: why the response's shape is assumed rather than documented by the vendor.</summary>
    public string? Assumed { get; init; }

    /// <summary>The JSON pointer of the response (of its definition when referenced).</summary>
    public string Pointer { get; init; } = "";

    /// <summary>Where the response sits in the YAML.</summary>
    public NodeLocation Location { get; init; }
}
