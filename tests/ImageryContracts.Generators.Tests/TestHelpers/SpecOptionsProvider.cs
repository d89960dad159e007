using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>
/// The <c>build_metadata.AdditionalFiles.*</c> values MSBuild writes for <c>&lt;ImageryContract&gt;</c> items, keyed by
/// file path so a replaced (edited) spec keeps its metadata.
/// </summary>
public sealed class SpecOptionsProvider(IReadOnlyDictionary<string, (string Namespace, string ClientName)> specs) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions None = new Options(new Dictionary<string, string>());

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions => None;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        specs.TryGetValue(textFile.Path, out var spec)
            ? new Options(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.ImageryContract"] = "true",
                ["build_metadata.AdditionalFiles.ImageryNamespace"] = spec.Namespace,
                ["build_metadata.AdditionalFiles.ImageryClientName"] = spec.ClientName,
            })
            : None;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
