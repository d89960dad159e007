namespace ImageryContracts.Rules;

/// <summary>
/// The IDs of the vendor rules, one table for all three places that name them: the validators the generator emits
/// (on each <c>ValidationProblem</c>), the analyzers (on each diagnostic, with a page at <c>docs/diagnostics/{id}.md</c>)
/// and Core's own AOI checks. The generator and the analyzers compile this same file in through a linked
/// <c>Compile Include</c>, so it stays internal and netstandard2.0-compatible: constants only.
/// </summary>
internal static class RuleIds
{
    /// <summary>The parts of a product request have no sensor in common.</summary>
    public const string IncompatibleSensors = "IMG1001";

    /// <summary>A value the vendor is abandoning (an order kind or consumption mode).</summary>
    public const string DeprecatedValue = "IMG1002";

    /// <summary>A CRS code outside the vendor's set.</summary>
    public const string CrsCodeOutsideSet = "IMG1003";

    /// <summary>An AOI polygon under the minimum area, or one that is not a valid ring.</summary>
    public const string AreaOfInterest = "IMG1004";

    /// <summary>Properties the vendor requires together, set apart.</summary>
    public const string RequiresTogether = "IMG1005";

    /// <summary>A wire string literal where a generated enum lists the known values.</summary>
    public const string RawWireValue = "IMG1006";

    /// <summary>A property set to a value other than the only one the vendor accepts.</summary>
    public const string MustEqual = "IMG1007";
}
