using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImageryContracts.Benchmarks.Generator;

/// <summary>A spec handed to the generator as the compiler hands it an <c>ImageryContract</c> AdditionalFile.</summary>
internal sealed class SpecAdditionalText(string path, string content) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(content, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
