using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// IMG1003: a constant CRS code outside the set <c>[CrsCodeSet]</c> declares on the generated CRS type, given as a
/// string to its parser or constructor, or as a zone to <c>UtmNorth</c>/<c>UtmSouth</c>; a conditional is reported
/// when every branch is such a code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CrsCodeAnalyzer : RuleAnalyzer
{
    private const int FirstUtmZone = 1;
    private const int LastUtmZone = 60;

    /// <summary>Creates the analyzer.</summary>
    public CrsCodeAnalyzer()
        : base(RuleDescriptors.CrsCodeOutsideSet, OperationKind.Invocation, OperationKind.ObjectCreation)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        // A code is a string or a zone number: every other call (the Add of each collection initializer element, most
        // of all) is dismissed before its type is looked up.
        if (arguments.IsEmpty || arguments[0].Value.Type?.SpecialType is not (SpecialType.System_String or SpecialType.System_Int32)
            || method is not { IsStatic: true } and not { MethodKind: MethodKind.Constructor }
            || catalog.GetCrsCodeSet(method.ContainingType) is not { } set)
        {
            return;
        }

        var value = arguments[0].Value;
        var conditional = ConditionalBranches.AsConditional(value);
        var rejected = new List<(string Value, string Reason)>();
        foreach (var branch in conditional is null ? [value] : ConditionalBranches.Of(conditional) ?? [])
        {
            if (Reject(method, set, branch) is not { } reason)
            {
                return;
            }

            rejected.Add(reason);
        }

        if (rejected.Count == 0)
        {
            return;
        }

        var described = MessageLists.Or(rejected.Select(r => r.Value).ToList());
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.CrsCodeOutsideSet,
            (conditional ?? value).Syntax.GetLocation(),
            rejected.Count == 1 ? described : described + ", whichever branch runs,",
            rejected.Count == 1 ? rejected[0].Reason : string.Join("; ", rejected.Select(r => $"for {r.Value}, {r.Reason}")),
            set.Description));
    }

    /// <summary>Why a constant code is rejected; <see langword="null"/> when it is accepted or not a constant.</summary>
    private static (string Value, string Reason)? Reject(IMethodSymbol method, CrsCodeSet set, IOperation value)
    {
        var utmBase = method.Name switch
        {
            "UtmNorth" => 32600,
            "UtmSouth" => 32700,
            _ => 0,
        };
        if (utmBase != 0 && ConstantValues.TryGetInt32(value, out var zone))
        {
            var call = $"{method.ContainingType.Name}.{method.Name}({zone.ToString(CultureInfo.InvariantCulture)})";
            var code = utmBase + zone;
            if (zone is < FirstUtmZone or > LastUtmZone)
            {
                return (call, $"UTM zones run from {FirstUtmZone} to {LastUtmZone}");
            }

            return set.Contains(code) ? null : (call, $"EPSG:{code.ToString(CultureInfo.InvariantCulture)} is outside the set");
        }

        if (value.Type?.SpecialType != SpecialType.System_String || !ConstantValues.TryGetString(value, out var text, out _))
        {
            return null;
        }

        if (!set.TryParse(text, out var parsed))
        {
            return ($"'{text}'", $"it is neither '{set.UrnPrefix}NNNN' nor 'EPSG:NNNN'");
        }

        return set.Contains(parsed) ? null : ($"'{text}'", $"EPSG:{parsed.ToString(CultureInfo.InvariantCulture)} is outside the set");
    }
}
