using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>A pipeline value with the diagnostics found while producing it; the two are reported separately.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value, or <see langword="null"/> when nothing can be generated.</param>
/// <param name="Diagnostics">The problems found.</param>
public sealed record Result<T>(T? Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : class;
