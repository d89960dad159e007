using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>
/// One parsed OpenAPI 3.0 document: everything the emitters read, as equatable values. Produced once per spec text by
/// <see cref="Parsing.SpecParser"/>; nothing from Roslyn or YamlDotNet is reachable from it.
/// </summary>
public sealed record ApiSpec
{
    /// <summary>The spec file's path.</summary>
    public string FilePath { get; init; } = "";

    /// <summary>The root namespace of the generated code; types go into <c>&lt;Namespace&gt;.Models</c> and so on.</summary>
    public string Namespace { get; init; } = "";

    /// <summary>The root client class name from the item metadata (empty when not given).</summary>
    public string ClientName { get; init; } = "";

    /// <summary>The vendor's short name used in messages and type names (last segment of <see cref="Namespace"/>).</summary>
    public string VendorName { get; init; } = "";

    /// <summary>The <c>info</c> object.</summary>
    public ApiInfo Info { get; init; } = new();

    /// <summary>The document-level <c>servers</c>.</summary>
    public EquatableArray<ApiServer> Servers { get; init; }

    /// <summary>The <c>paths</c>, in document order.</summary>
    public EquatableArray<ApiPath> Paths { get; init; }

    /// <summary>The <c>components/schemas</c>, in document order; each has its C# <see cref="ApiSchema.Name"/>.</summary>
    public EquatableArray<ApiSchema> Schemas { get; init; }

    /// <summary>The <c>components/securitySchemes</c>.</summary>
    public EquatableArray<ApiSecurityScheme> SecuritySchemes { get; init; }

    /// <summary>
    /// SHA-256 (hex) of the document's canonical JSON form: comments, formatting and key quoting do not change it,
    /// any change of content does (the role of <c>descriptionHash</c> in a kiota-lock.json).
    /// </summary>
    public string ContentHash { get; init; } = "";
}
