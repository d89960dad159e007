namespace ImageryContracts.Validation;

/// <summary>How much a violated rule matters to the vendor.</summary>
public enum ValidationSeverity
{
    /// <summary>The vendor rejects or misbills the request: nothing is sent.</summary>
    Error,

    /// <summary>The vendor still accepts the request but has said it will stop (a consumption mode being abandoned).</summary>
    Warning,
}
