using ImageryContracts.Rules;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>The descriptors of every rule. Messages name the values involved and the fix.</summary>
public static class RuleDescriptors
{
    /// <summary>IMG1001: the constant parts of a product request have no sensor in common.</summary>
    public static readonly DiagnosticDescriptor IncompatibleSensors = DescriptorFactory.Create(
        RuleIds.IncompatibleSensors,
        "No sensor accepts this combination",
        "{0} have no sensor in common; {1}",
        RuleCategories.VendorRules,
        DiagnosticSeverity.Error,
        "Each value of a request is accepted by a set of sensors (x-imagery-sensors in the spec). When those sets do not intersect, the vendor rejects the order.");

    /// <summary>IMG1002: a value the vendor is abandoning.</summary>
    public static readonly DiagnosticDescriptor DeprecatedValue = DescriptorFactory.Create(
        RuleIds.DeprecatedValue,
        "The vendor is abandoning this value",
        "{0} '{1}' is being abandoned by the vendor ({2}); {3}",
        RuleCategories.Deprecation,
        DiagnosticSeverity.Warning,
        "The spec marks this value with x-imagery-deprecated: it works today, but the vendor has announced its end.");

    /// <summary>IMG1003: a CRS code outside the vendor's set.</summary>
    public static readonly DiagnosticDescriptor CrsCodeOutsideSet = DescriptorFactory.Create(
        RuleIds.CrsCodeOutsideSet,
        "CRS code outside the vendor's set",
        "{0} is not a CRS the vendor accepts: {1}. Use one of {2}.",
        RuleCategories.VendorRules,
        DiagnosticSeverity.Error,
        "The vendor delivers only in the coordinate reference systems its spec lists (x-imagery-crs); any other code is rejected.");

    /// <summary>IMG1004: a constant AOI polygon under the minimum area, or with a ring that is not closed.</summary>
    public static readonly DiagnosticDescriptor AreaOfInterest = DescriptorFactory.Create(
        RuleIds.AreaOfInterest,
        "AOI polygon the vendor rejects",
        "The AOI {0}. {1}.",
        RuleCategories.VendorRules,
        DiagnosticSeverity.Warning,
        "An area of interest must be a closed GeoJSON ring of at least four positions and cover at least the spec's minimum area (x-imagery-min-area-km2), measured on the WGS 84 ellipsoid.");

    /// <summary>IMG1005: properties the vendor requires together, set apart.</summary>
    public static readonly DiagnosticDescriptor RequiresTogether = DescriptorFactory.Create(
        RuleIds.RequiresTogether,
        "Properties required together are set apart",
        "{0} sets {1} without {2}; the vendor requires {3} together. Set {2} as well, or remove {1}.",
        RuleCategories.VendorRules,
        DiagnosticSeverity.Error,
        "The spec lists groups of properties that must be set together or not at all (x-imagery-requires-together).");

    /// <summary>IMG1006: a wire string literal where a generated enum lists the known values.</summary>
    public static readonly DiagnosticDescriptor RawWireValue = DescriptorFactory.Create(
        RuleIds.RawWireValue,
        "Use the generated enum instead of a wire string",
        "{0} {1}. {2}.",
        RuleCategories.Usage,
        DiagnosticSeverity.Warning,
        "A string compared with or assigned to a value whose known values a generated enum lists: a typo compiles and fails at run time. The enum member does not.");

    /// <summary>IMG1007: a property set to a constant other than the only value the vendor accepts.</summary>
    public static readonly DiagnosticDescriptor MustEqual = DescriptorFactory.Create(
        RuleIds.MustEqual,
        "Property set to a value the vendor rejects",
        "{0}.{1} is set to {2}, but the vendor accepts only {3}. Set {1} = {3}.",
        RuleCategories.VendorRules,
        DiagnosticSeverity.Error,
        "The spec fixes the only acceptable value of this property (x-imagery-must-equal).");
}
