using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>A <c>paths</c> entry.</summary>
public sealed record ApiPath
{
    /// <summary>The path template, e.g. <c>/api/v1/orders/{orderId}</c>.</summary>
    public string Template { get; init; } = "";

    /// <summary>The path item's <c>summary</c>.</summary>
    public string? Summary { get; init; }

    /// <summary>The path item's <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The path-level <c>servers</c> (empty: the document's apply).</summary>
    public EquatableArray<ApiServer> Servers { get; init; }

    /// <summary>The operations, in document order.</summary>
    public EquatableArray<ApiOperation> Operations { get; init; }

    /// <summary>The JSON pointer of the path item.</summary>
    public string Pointer { get; init; } = "";

    /// <summary>Where the path item sits in the YAML.</summary>
    public NodeLocation Location { get; init; }
}
