using System;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The pipeline output of the client: its own output node beside the enums and validators, so a failure here (IMG0011)
/// leaves those generated.
/// </summary>
public static class ClientEmitter
{
    /// <summary>Adds the client's sources for <paramref name="spec"/>.</summary>
    /// <param name="context">The output context.</param>
    /// <param name="spec">The parsed spec.</param>
    public static void Emit(SourceProductionContext context, ApiSpec spec)
    {
        try
        {
            foreach (var file in ClientFiles.Of(spec, context.CancellationToken))
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
