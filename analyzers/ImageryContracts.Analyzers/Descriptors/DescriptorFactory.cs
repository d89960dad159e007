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
            helpLinkUri: RuleIdentifiers.GetHelpUri(id));
}
