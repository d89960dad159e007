namespace ImageryContracts.Validation;

/// <summary>
/// Thrown before anything is sent when a request breaks one or more vendor rules. The message lists every violation,
/// so one run shows everything to fix.
/// </summary>
public sealed class ImageryValidationException : Exception
{
    /// <summary>Creates the exception from a failed validation.</summary>
    /// <param name="result">The result with at least one problem.</param>
    public ImageryValidationException(ValidationResult result)
        : base(FormatMessage(result)) => Result = result;

    /// <summary>The failed validation, with every problem.</summary>
    public ValidationResult Result { get; }

    /// <summary>Every violated rule.</summary>
    public IReadOnlyList<ValidationProblem> Problems => Result.Problems;

    private static string FormatMessage(ValidationResult result) =>
        $"The request breaks {result.Errors.Count()} vendor rule(s); nothing was sent:{Environment.NewLine}"
        + string.Join(Environment.NewLine, result.Problems.Select(p => "  - " + p));
}
