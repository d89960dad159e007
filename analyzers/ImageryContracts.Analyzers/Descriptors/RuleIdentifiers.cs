namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>The IDs of the analyzer rules; each has a page at <c>docs/diagnostics/{id}.md</c>.</summary>
public static class RuleIdentifiers
{
    /// <summary>The constant parts of a product request have no sensor in common.</summary>
    public const string IncompatibleSensors = "IMG1001";

    /// <summary>A value the vendor is abandoning (an order kind or consumption mode).</summary>
    public const string DeprecatedValue = "IMG1002";

    /// <summary>A CRS code outside the vendor's set.</summary>
    public const string CrsCodeOutsideSet = "IMG1003";

    /// <summary>A constant AOI polygon under the minimum area, or with a ring that is not closed.</summary>
    public const string AreaOfInterest = "IMG1004";

    /// <summary>Properties the vendor requires together, set apart in one initializer.</summary>
    public const string RequiresTogether = "IMG1005";

    /// <summary>A wire string literal where a generated enum lists the known values.</summary>
    public const string RawWireValue = "IMG1006";

    /// <summary>A property set to a constant other than the only value the vendor accepts.</summary>
    public const string MustEqual = "IMG1007";

    /// <summary>The documentation page of a rule.</summary>
    /// <param name="id">The rule ID, for example <c>IMG1001</c>.</param>
    /// <returns>The URL of <c>docs/diagnostics/{id}.md</c> in the repository.</returns>
    public static string GetHelpUri(string id) =>
        $"https://github.com/imagerycontracts/imagerycontracts/blob/main/docs/diagnostics/{id}.md";
}
