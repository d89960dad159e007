using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>An operation's request body.</summary>
public sealed record ApiRequestBody
{
    /// <summary><c>required</c>.</summary>
    public bool Required { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The media types, in document order (e.g. <c>application/json</c>, <c>application/x-www-form-urlencoded</c>).</summary>
    public EquatableArray<ApiMediaType> Content { get; init; }

    /// <summary>The JSON pointer of the body (of its definition when referenced).</summary>
    public string Pointer { get; init; } = "";

    /// <summary>Where the body sits in the YAML.</summary>
    public NodeLocation Location { get; init; }
}
