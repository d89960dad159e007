using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>Runs <see cref="ImageryGenerator"/> in-process through <see cref="CSharpGeneratorDriver"/> with step tracking.</summary>
public static class GeneratorHarness
{
    /// <summary>The parse options of the test compilations (the repository's language level).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The runtime's assemblies plus Core (rule attributes, validation types), the Kiota abstractions and the Kiota serializers the root client registers.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(ImageryContracts.Validation.ValidationResult).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Kiota.Abstractions.IRequestAdapter).Assembly.Location),
        .. ClientSources.SerializerAssemblies.Select(path => MetadataReference.CreateFromFile(path)),
    ];

    /// <summary>A library compilation of the given C# sources.</summary>
    /// <param name="sources">C# files.</param>
    /// <returns>The compilation.</returns>
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTests",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver over the given specs, tracking incremental steps.</summary>
    /// <param name="specs">Spec paths and texts; their metadata comes from <see cref="SpecFiles.Metadata"/>.</param>
    /// <returns>The driver, not yet run.</returns>
    public static GeneratorDriver CreateDriver(params (string Path, string Content)[] specs) =>
        CreateDriver(specs.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Content)).ToArray());

    /// <summary>A driver over the given additional files, tracking incremental steps.</summary>
    /// <param name="texts">The specs as additional files (kept by the caller to replace them later).</param>
    /// <returns>The driver, not yet run.</returns>
    public static GeneratorDriver CreateDriver(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(
            [new ImageryGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new SpecOptionsProvider(SpecFiles.Metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over the specs on an empty library.</summary>
    /// <param name="specs">Spec paths and texts.</param>
    /// <returns>The run's result.</returns>
    public static GeneratorRunResult Run(params (string Path, string Content)[] specs) =>
        CreateDriver(specs).RunGenerators(Compilation()).GetRunResult().Results.Single();

    /// <summary>The diagnostics the generator reports for one spec text.</summary>
    /// <param name="content">The spec text, at <see cref="SpecFiles.TestSpecPath"/>.</param>
    /// <returns>The diagnostics.</returns>
    public static ImmutableArray<Diagnostic> DiagnosticsOf(string content) => Run((SpecFiles.TestSpecPath, content)).Diagnostics;
}
