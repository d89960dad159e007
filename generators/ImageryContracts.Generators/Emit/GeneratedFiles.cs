using System.Collections.Generic;
using System.Threading;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>The list of files generated from one spec: every emitter in turn. Tests and benchmarks call it directly.</summary>
public static class GeneratedFiles
{
    /// <summary>Generates the files of a spec.</summary>
    /// <param name="spec">The parsed spec.</param>
    /// <param name="cancellationToken">Cancels emission.</param>
    /// <returns>The files, in a stable order.</returns>
    public static IReadOnlyList<GeneratedFile> Of(ApiSpec spec, CancellationToken cancellationToken)
    {
        var files = new List<GeneratedFile>();
        return files;
    }
}
