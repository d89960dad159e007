using ImageryContracts.Generators.Emit;
using ImageryContracts.Generators.Emit.Client;
using ImageryContracts.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators;

/// <summary>
/// Spec (an <c>ImageryContract</c> AdditionalFile) → typed enums with rule attributes, the CRS code type, validators and
/// spec info. Only strings and equatable models cross steps; sources are emitted from the model alone and diagnostics
/// are reported on their own output, so a shifted YAML line re-reports without re-emitting.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImageryGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SpecInputReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(input => input is not null)
            .Select((input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        var parsed = inputs
            .Select((input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        var diagnostics = parsed
            .Select((result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.SpecDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, found) =>
        {
            foreach (var diagnostic in found)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var models = parsed
            .Where(result => result.Value is not null)
            .Select((result, _) => result.Value!)
            .WithTrackingName(TrackingNames.SpecModels);
        context.RegisterSourceOutput(models, SpecEmitter.Emit);
        context.RegisterSourceOutput(models, static (output, spec) => SpecEmitter.Emit(output, spec, ClientFiles.Of));
    }
}
