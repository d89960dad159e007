using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>
/// The only place descriptors are created, so every rule gets its help link, is enabled by default and keeps the
/// severity its release-tracking row states.
/// </summary>
internal static class DescriptorFactory
{
    public static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
        new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpUri(id));

    /// <summary>The documentation page of a rule.</summary>
    /// <param name="id">The rule ID, for example <c>IMG1001</c>.</param>
    /// <returns>The URL of <c>docs/diagnostics/{id}.md</c> in the repository.</returns>
    public static string HelpUri(string id) =>
        $"https://github.com/imagerycontracts/imagerycontracts/blob/main/docs/diagnostics/{id}.md";
}
