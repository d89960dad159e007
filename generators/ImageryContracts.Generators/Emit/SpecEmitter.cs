using System;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Emit;

/// <summary>Emits every generated file of one spec; the boundary where an emitter failure becomes IMG0011.</summary>
public static class SpecEmitter
{
    /// <summary>Adds the sources generated from <paramref name="spec"/>.</summary>
    /// <param name="context">The output context.</param>
    /// <param name="spec">The parsed spec.</param>
    public static void Emit(SourceProductionContext context, ApiSpec spec)
    {
        try
        {
            foreach (var file in GeneratedFiles.Of(spec, context.CancellationToken))
            {
                context.AddSource(file.HintName, file.Source);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.StartOf(spec.FilePath), spec.FilePath, e.GetType().Name, e.Message).ToDiagnostic());
        }
    }
}
