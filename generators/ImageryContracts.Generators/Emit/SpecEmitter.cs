using System;
using System.Collections.Generic;
using System.Threading;
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
    public static void Emit(SourceProductionContext context, ApiSpec spec) => Emit(context, spec, GeneratedFiles.Of);

    /// <summary>
    /// Adds the sources <paramref name="files"/> generates from <paramref name="spec"/>; each pipeline output (the enums and
    /// validators, the client) is its own boundary, so a failure in one leaves the other's files generated.
    /// </summary>
    /// <param name="context">The output context.</param>
    /// <param name="spec">The parsed spec.</param>
    /// <param name="files">The emitters of one output.</param>
    public static void Emit(SourceProductionContext context, ApiSpec spec, Func<ApiSpec, CancellationToken, IReadOnlyList<GeneratedFile>> files)
    {
        try
        {
            foreach (var file in files(spec, context.CancellationToken))
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
