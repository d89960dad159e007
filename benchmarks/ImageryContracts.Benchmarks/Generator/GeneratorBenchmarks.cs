using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ImageryContracts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace ImageryContracts.Benchmarks.Generator;

/// <summary>
/// Both curated specs to C#: our incremental generator through a fresh <see cref="CSharpGeneratorDriver"/> (what a
/// clean build pays), the same driver rerun after an edit that does not touch the specs (what every keystroke in the
/// IDE pays), and NSwag's in-process C# client generation on the same files, with and without its YAML reading.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private ImmutableArray<ISourceGenerator> _generators;
    private ImmutableArray<AdditionalText> _specs;
    private ImageryContractOptions _options = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private (string Path, OpenApiDocument Document, CSharpClientGeneratorSettings Settings)[] _nswagInputs = [];

    /// <summary>Reads the specs, runs both tools once and checks that the incremental rerun emits nothing.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _generators = [new ImageryGenerator().AsSourceGenerator()];
        _specs = [new SpecAdditionalText(BenchmarkFiles.OneAtlasSpec, File.ReadAllText(BenchmarkFiles.OneAtlasSpec)),
                  new SpecAdditionalText(BenchmarkFiles.DataCosmosSpec, File.ReadAllText(BenchmarkFiles.DataCosmosSpec))];
        _options = new ImageryContractOptions(new Dictionary<string, (string, string)>
        {
            [BenchmarkFiles.OneAtlasSpec] = ("ImageryContracts.OneAtlas", "OneAtlasClient"),
            [BenchmarkFiles.DataCosmosSpec] = ("ImageryContracts.DataCosmos", "DataCosmosClient"),
        });

        var consumerCode = CSharpSyntaxTree.ParseText("namespace Consumer; public static class Totals { public static int Count => 1; }", ParseOptions);
        _compilation = CSharpCompilation.Create("Consumer", [consumerCode], BenchmarkReferences.Runtime, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            consumerCode,
            CSharpSyntaxTree.ParseText("namespace Consumer; public static class Totals { public static int Count => 2; }", ParseOptions));

        var coldResult = OursColdRun().GetRunResult();
        if (coldResult.GeneratedTrees.Length == 0 || coldResult.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(
                $"The generator produced {coldResult.GeneratedTrees.Length} files and these errors on the curated specs: {string.Join("; ", coldResult.Diagnostics)}. Fix the specs or the generator before measuring it.");
        }

        _warmDriver = CreateDriver(trackSteps: true).RunGenerators(_compilation);
        IncrementalRerun.AssertEmitsNothing(_warmDriver.RunGenerators(_editedCompilation));

        _nswagInputs = [.. _specs.Select(spec => (spec.Path, OpenApiYamlDocument.FromFileAsync(spec.Path).GetAwaiter().GetResult(), NSwagSettings(spec.Path)))];
    }

    /// <summary>Our generator on both specs, fresh driver: parse, model, emit, and the compiler parsing what was emitted.</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "Ours: cold run, both specs")]
    public GeneratorDriver OursColdRun() => CreateDriver(trackSteps: false).RunGenerators(_compilation);

    /// <summary>Our generator rerun on a compilation whose only change is outside the specs (asserted in setup to emit nothing).</summary>
    /// <returns>The driver after the rerun.</returns>
    [Benchmark(Description = "Ours: rerun after unrelated edit")]
    public GeneratorDriver OursIncrementalRerun() => _warmDriver.RunGenerators(_editedCompilation);

    /// <summary>NSwag: read each YAML spec from disk, then generate its C# client.</summary>
    /// <returns>The total length of the generated code.</returns>
    [Benchmark(Baseline = true, Description = "NSwag: YAML read + C# client, both specs")]
    public async Task<int> NSwagReadAndGenerate()
    {
        var length = 0;
        foreach (var spec in _specs)
        {
            var document = await OpenApiYamlDocument.FromFileAsync(spec.Path);
            length += new CSharpClientGenerator(document, NSwagSettings(spec.Path)).GenerateFile().Length;
        }

        return length;
    }

    /// <summary>NSwag's C# client generation alone, from documents read once in setup.</summary>
    /// <returns>The total length of the generated code.</returns>
    [Benchmark(Description = "NSwag: C# client only (YAML read in setup)")]
    public int NSwagGenerateOnly()
    {
        var length = 0;
        foreach (var (_, document, settings) in _nswagInputs)
        {
            length += new CSharpClientGenerator(document, settings).GenerateFile().Length;
        }

        return length;
    }

    private GeneratorDriver CreateDriver(bool trackSteps) =>
        CSharpGeneratorDriver.Create(_generators, _specs, ParseOptions, _options, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    private static CSharpClientGeneratorSettings NSwagSettings(string specPath)
    {
        var vendor = specPath == BenchmarkFiles.OneAtlasSpec ? "OneAtlas" : "DataCosmos";
        var settings = new CSharpClientGeneratorSettings { ClassName = vendor + "Client" };
        settings.CSharpGeneratorSettings.Namespace = "ImageryContracts." + vendor;
        settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
        return settings;
    }
}
