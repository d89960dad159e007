namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>The categories the rules are filed under (<c>dotnet_analyzer_diagnostic.category-…</c> in .editorconfig).</summary>
public static class RuleCategories
{
    /// <summary>Requests the vendor rejects or bills for the wrong product.</summary>
    public const string VendorRules = "ImageryContracts.VendorRules";

    /// <summary>Values the vendor is abandoning.</summary>
    public const string Deprecation = "ImageryContracts.Deprecation";

    /// <summary>Code that works today but bypasses the generated types.</summary>
    public const string Usage = "ImageryContracts.Usage";
}
