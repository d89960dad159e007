namespace ImageryContracts.Validation;

/// <summary>One violated vendor rule: which rule, the message naming the values and the fix, and the fields involved.</summary>
/// <param name="RuleId">The diagnostic ID the same rule has at compile time (for example <c>IMG1001</c>).</param>
/// <param name="Message">What is wrong, with the offending values and what to do instead.</param>
/// <param name="Fields">The request fields (wire names, JSON-pointer-like paths) the problem is about.</param>
/// <param name="Severity">Whether the vendor rejects the request or only warns that a value is going away.</param>
public sealed record ValidationProblem(
    string RuleId,
    string Message,
    IReadOnlyList<string> Fields,
    ValidationSeverity Severity = ValidationSeverity.Error)
{
    /// <inheritdoc />
    public override string ToString() =>
        Severity == ValidationSeverity.Warning ? $"{RuleId} (warning): {Message}" : $"{RuleId}: {Message}";
}
