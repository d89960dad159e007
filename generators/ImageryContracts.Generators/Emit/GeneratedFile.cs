namespace ImageryContracts.Generators.Emit;

/// <summary>One generated source file.</summary>
/// <param name="HintName">The name given to <c>AddSource</c>, unique per compilation.</param>
/// <param name="Source">The C# text.</param>
public sealed record GeneratedFile(string HintName, string Source);
