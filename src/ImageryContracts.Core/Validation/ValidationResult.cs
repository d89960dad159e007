namespace ImageryContracts.Validation;

/// <summary>
/// The outcome of checking a request against the vendor's rules: every violation, not only the first. Warnings (values the
/// vendor is abandoning but still accepts) are reported without making the request invalid.
/// </summary>
public sealed class ValidationResult
{
    /// <summary>A result with no problems.</summary>
    public static ValidationResult Success { get; } = new([]);

    /// <summary>Creates a result from the problems found.</summary>
    /// <param name="problems">The problems; empty means valid.</param>
    public ValidationResult(IReadOnlyList<ValidationProblem> problems) => Problems = problems;

    /// <summary>Every violated rule, errors and warnings, in the order the checks ran.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>The problems the vendor rejects a request for.</summary>
    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == ValidationSeverity.Error);

    /// <summary>The problems the vendor still accepts but has said it will stop accepting.</summary>
    public IEnumerable<ValidationProblem> Warnings => Problems.Where(p => p.Severity == ValidationSeverity.Warning);

    /// <summary>Whether no rule the vendor rejects a request for was violated; warnings do not count.</summary>
    public bool IsValid => !Errors.Any();

    /// <summary>Combines several results into one that keeps every problem.</summary>
    /// <param name="results">The results to combine.</param>
    /// <returns>A result with all problems of <paramref name="results"/>.</returns>
    public static ValidationResult Combine(params ValidationResult[] results)
    {
        var problems = new List<ValidationProblem>();
        foreach (var result in results)
        {
            problems.AddRange(result.Problems);
        }

        return problems.Count == 0 ? Success : new ValidationResult(problems);
    }

    /// <summary>Throws <see cref="ImageryValidationException"/> listing every problem when the result is not valid.</summary>
    /// <exception cref="ImageryValidationException">The result has at least one error.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ImageryValidationException(this);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        Problems.Count == 0 ? "valid" : string.Join(Environment.NewLine, Problems.Select(p => p.ToString()));
}
