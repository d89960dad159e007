using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports about a spec (IDs <c>IMG0xxx</c>), at the YAML line it concerns. Each message
/// names the offending value and the fix; each help link is the page under <c>docs/diagnostics/</c>.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>The category of every spec diagnostic.</summary>
    public const string Category = "ImageryContracts.Spec";

    private const string HelpLinkBase = "https://github.com/imagerycontracts/imagerycontracts/blob/main/docs/diagnostics/";

    /// <summary>IMG0001: the spec is not readable YAML.</summary>
    public static readonly DiagnosticDescriptor UnreadableYaml = Create(
        "IMG0001",
        "Spec is not readable YAML",
        "The spec '{0}' is not readable YAML: {1}. Fix the YAML syntax at this position.");

    /// <summary>IMG0002: the YAML is not an OpenAPI 3.0 document.</summary>
    public static readonly DiagnosticDescriptor NotOpenApi3 = Create(
        "IMG0002",
        "Spec is not an OpenAPI 3.0 document",
        "The spec '{0}' is not an OpenAPI 3.0 document: {1}. Start the file with 'openapi: 3.0.3' and an 'info' and 'paths' object.");

    /// <summary>IMG0003: a <c>$ref</c> resolves nowhere.</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "IMG0003",
        "$ref resolves nowhere",
        "The $ref '{0}' at {1} resolves nowhere in the spec. Point it at an existing '#/components/...' entry or add that entry.");

    /// <summary>IMG0004: a rule extension names a value the enum lacks.</summary>
    public static readonly DiagnosticDescriptor RuleNamesUnknownValue = Create(
        "IMG0004",
        "Rule extension names a value the enum lacks",
        "{0} at {1} names '{2}', which {3} does not list; known values: {4}. Correct the entry or add the value to the enum.");

    /// <summary>IMG0005: an enum lists the same wire value twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateWireValue = Create(
        "IMG0005",
        "Duplicate enum wire value",
        "The enum at {0} lists the wire value '{1}' more than once. Remove the duplicate.");

    /// <summary>IMG0006: a name is not a valid C# identifier after conversion.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Create(
        "IMG0006",
        "Name is not a valid C# identifier",
        "'{0}' at {1} becomes the C# name '{2}', which is not a valid identifier. Give it a name with x-enum-varnames or rename it so it starts with a letter and is not a C# keyword.");

    /// <summary>IMG0007: two spec names become the same C# name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Create(
        "IMG0007",
        "Two spec names become the same C# name",
        "'{0}' at {1} becomes the C# name '{2}', which '{3}' already has. Rename one of them (x-enum-varnames for enum values).");

    /// <summary>IMG0008: a construct the generator does not support.</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "IMG0008",
        "Unsupported OpenAPI construct",
        "{0} at {1} is not supported by the ImageryContracts generator: {2}");

    /// <summary>IMG0009: an <c>x-imagery-*</c> or <c>x-enum-*</c> extension has the wrong shape.</summary>
    public static readonly DiagnosticDescriptor MalformedExtension = Create(
        "IMG0009",
        "Spec extension has the wrong shape",
        "{0} at {1} is malformed: {2}. See docs/spec-extensions.md for its shape.");

    /// <summary>IMG0010: the ImageryContract item lacks a usable namespace.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        "IMG0010",
        "ImageryContract item has no valid Namespace",
        "The ImageryContract item '{0}' has the Namespace '{1}', which is not a valid C# namespace. Set Namespace=\"My.Vendor\" on the item.");

    /// <summary>IMG0011: the generator failed unexpectedly on a spec.</summary>
    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "IMG0011",
        "Generator failed on the spec",
        "The ImageryContracts generator failed on '{0}' ({1}: {2}). Nothing was generated for this spec; please report it with the spec attached.");

    /// <summary>The help link of a diagnostic ID.</summary>
    /// <param name="id">The ID, e.g. <c>IMG0001</c>.</param>
    /// <returns>The URL of its documentation page.</returns>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));
}
