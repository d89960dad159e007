using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Benchmarks;

/// <summary>What a consumer of the OneAtlas package compiles against: the runtime, Core, the Kiota runtime and the OneAtlas assembly.</summary>
internal static class BenchmarkReferences
{
    /// <summary>The runtime's System assemblies plus Core and the Kiota abstractions, as the generated code needs them.</summary>
    public static ImmutableArray<MetadataReference> Runtime { get; } =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(Validation.ValidationResult).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Kiota.Abstractions.IRequestAdapter).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory).Assembly.Location),
    ];

    /// <summary><see cref="Runtime"/> plus the built OneAtlas assembly with its generated client, enums and validators.</summary>
    public static ImmutableArray<MetadataReference> OneAtlasConsumer { get; } =
        Runtime.Add(MetadataReference.CreateFromFile(typeof(OneAtlas.Models.OrderRequest).Assembly.Location));
}
