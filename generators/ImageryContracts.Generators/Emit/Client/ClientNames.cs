using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>Where the generated client's types live and what they are called, as Kiota lays them out.</summary>
public static class ClientNames
{
    /// <summary>The namespace of models, enums and error models: <c>&lt;Namespace&gt;.Models</c>.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The namespace.</returns>
    public static string ModelsNamespace(ApiSpec spec) => spec.Namespace + ".Models";

    /// <summary>
    /// The root client's class name: the item's <c>ClientName</c> metadata, else <c>&lt;Vendor&gt;Client</c>
    /// (Kiota's default is <c>ApiClient</c>; a vendor name reads better next to other vendors' clients).
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The class name.</returns>
    public static string RootClient(ApiSpec spec) =>
        spec.ClientName.Length > 0 ? spec.ClientName : Identifiers.ToPascalCase(spec.VendorName) + "Client";

    /// <summary>The C# member name of a wire name (PascalCase, as Kiota names properties and segments).</summary>
    /// <param name="wireName">The JSON property, path segment or parameter name.</param>
    /// <returns>The member name; <c>_</c>-prefixed when the PascalCase form does not start with a letter.</returns>
    public static string Member(string wireName)
    {
        var name = Identifiers.ToPascalCase(wireName);
        return name.Length > 0 && char.IsLetter(name[0]) ? name : "_" + name;
    }
}
