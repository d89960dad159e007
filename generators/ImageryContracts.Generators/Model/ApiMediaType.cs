using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>One entry of a <c>content</c> map.</summary>
public sealed record ApiMediaType
{
    /// <summary>The media type, e.g. <c>application/json</c>.</summary>
    public string MediaType { get; init; } = "";

    /// <summary>The schema, when given.</summary>
    public ApiSchema? Schema { get; init; }

    /// <summary><c>example</c> as JSON text.</summary>
    public string? ExampleJson { get; init; }

    /// <summary>The named <c>examples</c>.</summary>
    public EquatableArray<ApiExample> Examples { get; init; }
}
