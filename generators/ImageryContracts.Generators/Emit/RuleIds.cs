namespace ImageryContracts.Generators.Emit;

/// <summary>
/// The rule IDs the generated validators put on each <c>ValidationProblem</c>: the same IDs the analyzers report for
/// the same rule at compile time.
/// </summary>
public static class RuleIds
{
    /// <summary>The sensors accepted by the parts of a request have no sensor in common.</summary>
    public const string SensorCombination = "IMG1001";

    /// <summary>A value the vendor is abandoning.</summary>
    public const string Deprecated = "IMG1002";

    /// <summary>A CRS code outside the vendor's set.</summary>
    public const string CrsCode = "IMG1003";

    /// <summary>An AOI smaller than the vendor's minimum area.</summary>
    public const string MinimumArea = "IMG1004";

    /// <summary>Fields that must be set together, set apart.</summary>
    public const string RequiresTogether = "IMG1005";

    /// <summary>A field whose only acceptable value is fixed, set otherwise.</summary>
    public const string MustEqual = "IMG1007";
}
