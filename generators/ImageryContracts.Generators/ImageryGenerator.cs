using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators;

/// <summary>Placeholder pipeline; the spec-driven pipeline replaces it.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImageryGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
