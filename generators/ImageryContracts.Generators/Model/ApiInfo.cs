using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>The spec's <c>info</c> object and its <c>x-source</c> list.</summary>
public sealed record ApiInfo
{
    /// <summary><c>info.title</c>.</summary>
    public string Title { get; init; } = "";

    /// <summary><c>info.version</c>.</summary>
    public string Version { get; init; } = "";

    /// <summary><c>info.description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>info.x-source</c>: the vendor pages the spec was curated from.</summary>
    public EquatableArray<string> Sources { get; init; }
}
