using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Benchmarks.Generator;

/// <summary>
/// The <c>build_metadata.AdditionalFiles.*</c> values the buildTransitive targets write for an
/// <c>&lt;ImageryContract Include=… Namespace=… ClientName=…/&gt;</c> item, per spec path.
/// </summary>
internal sealed class ImageryContractOptions(IReadOnlyDictionary<string, (string Namespace, string ClientName)> contracts) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new Values([]);

    public override AnalyzerConfigOptions GlobalOptions => Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        contracts.TryGetValue(textFile.Path, out var contract)
            ? new Values(new()
            {
                ["build_metadata.AdditionalFiles.ImageryContract"] = "true",
                ["build_metadata.AdditionalFiles.ImageryNamespace"] = contract.Namespace,
                ["build_metadata.AdditionalFiles.ImageryClientName"] = contract.ClientName,
            })
            : Empty;

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
