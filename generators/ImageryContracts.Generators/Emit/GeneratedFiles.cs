using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>The files generated from one spec: every emitter in turn. Tests and benchmarks call it directly.</summary>
public static class GeneratedFiles
{
    /// <summary>Generates the files of a spec.</summary>
    /// <param name="spec">The parsed spec.</param>
    /// <param name="cancellationToken">Cancels emission between files.</param>
    /// <returns>The files, in a stable order.</returns>
    public static IReadOnlyList<GeneratedFile> Of(ApiSpec spec, CancellationToken cancellationToken)
    {
        var files = new List<GeneratedFile>();
        foreach (var file in EnumEmitter.EmitAll(spec)
            .Concat(CrsCodeEmitter.EmitAll(spec))
            .Concat(ValidatorEmitter.EmitAll(spec))
            .Append(SpecInfoEmitter.Emit(spec)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(file);
        }

        return files;
    }
}
