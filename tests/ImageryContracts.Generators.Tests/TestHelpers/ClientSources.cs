using ImageryContracts.Generators.Emit.Client;
using ImageryContracts.Generators.Model;
using ImageryContracts.Generators.Parsing;

namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>Which generated files belong to the client (part 2), so each snapshot test covers its own files.</summary>
public static class ClientSources
{
    /// <summary>The Kiota serialization assemblies the generated root client registers.</summary>
    public static IEnumerable<string> SerializerAssemblies { get; } =
    [
        typeof(Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory).Assembly.Location,
        typeof(Microsoft.Kiota.Serialization.Text.TextParseNodeFactory).Assembly.Location,
        typeof(Microsoft.Kiota.Serialization.Form.FormParseNodeFactory).Assembly.Location,
        typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriterFactory).Assembly.Location,
    ];

    /// <summary>The hint names of the client files generated from a spec.</summary>
    /// <param name="path">The spec's path (its metadata comes from <see cref="SpecFiles.Metadata"/>).</param>
    /// <param name="content">The spec text.</param>
    /// <returns>The hint names.</returns>
    public static HashSet<string> HintNames(string path, string content)
    {
        var (ns, clientName) = SpecFiles.Metadata[path];
        var spec = SpecParser.Parse(new SpecInput(path, content, ns, clientName), CancellationToken.None).Value
            ?? throw new InvalidOperationException($"The spec '{path}' does not parse; see its diagnostics.");
        return ClientFiles.Of(spec, CancellationToken.None).Select(f => f.HintName).ToHashSet(StringComparer.Ordinal);
    }
}
