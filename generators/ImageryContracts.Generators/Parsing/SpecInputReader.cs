using System;
using System.Threading;
using ImageryContracts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Picks the AdditionalFiles that are <c>ImageryContract</c> items (metadata <c>ImageryContract=true</c>) and turns each
/// into plain strings at once.
/// </summary>
public static class SpecInputReader
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>The spec input of an additional file, or null when the file is not an ImageryContract item.</summary>
    /// <param name="text">The additional file.</param>
    /// <param name="options">The analyzer config options provider.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The input, or null.</returns>
    public static SpecInput? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(text);
        if (!fileOptions.TryGetValue(MetadataPrefix + "ImageryContract", out var isContract)
            || !string.Equals(isContract, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        fileOptions.TryGetValue(MetadataPrefix + "ImageryNamespace", out var ns);
        fileOptions.TryGetValue(MetadataPrefix + "ImageryClientName", out var clientName);
        var content = text.GetText(cancellationToken)?.ToString() ?? "";
        return new SpecInput(text.Path, content, ns?.Trim() ?? "", clientName?.Trim() ?? "");
    }
}
