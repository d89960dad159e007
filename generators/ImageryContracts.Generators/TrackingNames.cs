namespace ImageryContracts.Generators;

/// <summary>The names of the pipeline steps, for step-tracking tests and diagnostics of the generator itself.</summary>
public static class TrackingNames
{
    /// <summary>ImageryContract AdditionalFiles turned into plain strings.</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>Each spec text parsed into a model plus its diagnostics.</summary>
    public const string ParsedSpecs = nameof(ParsedSpecs);

    /// <summary>The diagnostics of each spec, reported on their own output.</summary>
    public const string SpecDiagnostics = nameof(SpecDiagnostics);

    /// <summary>The models that sources are emitted from.</summary>
    public const string SpecModels = nameof(SpecModels);
}
