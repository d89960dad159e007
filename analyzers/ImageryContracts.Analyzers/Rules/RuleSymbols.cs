using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// The rule attribute types of <c>ImageryContracts.Core</c>, resolved once per compilation. A compilation without them
/// has no generated vendor types, so the analyzers register nothing there.
/// </summary>
internal sealed class RuleSymbols
{
    private const string RulesNamespace = "ImageryContracts.Rules.";

    private RuleSymbols(Compilation compilation, INamedTypeSymbol acceptedBySensors)
    {
        AcceptedBySensors = acceptedBySensors;
        Deprecated = compilation.GetTypeByMetadataName(RulesNamespace + "DeprecatedAttribute");
        AlternativeValue = compilation.GetTypeByMetadataName(RulesNamespace + "AlternativeValueAttribute");
        MinimumAreaKm2 = compilation.GetTypeByMetadataName(RulesNamespace + "MinimumAreaKm2Attribute");
        RequiresTogether = compilation.GetTypeByMetadataName(RulesNamespace + "RequiresTogetherAttribute");
        CrsCodeSet = compilation.GetTypeByMetadataName(RulesNamespace + "CrsCodeSetAttribute");
        MustEqual = compilation.GetTypeByMetadataName(RulesNamespace + "MustEqualAttribute");
        KnownValues = compilation.GetTypeByMetadataName(RulesNamespace + "KnownValuesAttribute");
        EnumMember = compilation.GetTypeByMetadataName("System.Runtime.Serialization.EnumMemberAttribute");
    }

    public INamedTypeSymbol AcceptedBySensors { get; }

    public INamedTypeSymbol? Deprecated { get; }

    public INamedTypeSymbol? AlternativeValue { get; }

    public INamedTypeSymbol? MinimumAreaKm2 { get; }

    public INamedTypeSymbol? RequiresTogether { get; }

    public INamedTypeSymbol? CrsCodeSet { get; }

    public INamedTypeSymbol? MustEqual { get; }

    public INamedTypeSymbol? KnownValues { get; }

    public INamedTypeSymbol? EnumMember { get; }

    public static RuleSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName(RulesNamespace + "AcceptedBySensorsAttribute") is { } accepted
            ? new RuleSymbols(compilation, accepted)
            : null;

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);
}
