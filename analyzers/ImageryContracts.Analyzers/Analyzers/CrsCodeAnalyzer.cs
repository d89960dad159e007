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
/// string to its parser or constructor, or as a zone to <c>UtmNorth</c>/<c>UtmSouth</c>.
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
        if (method is not { IsStatic: true } and not { MethodKind: MethodKind.Constructor }
            || catalog.GetCrsCodeSet(method.ContainingType) is not { } set
            || arguments.FirstOrDefault() is not { } argument)
        {
            return;
        }

        var utmBase = method.Name switch
        {
            "UtmNorth" => 32600,
            "UtmSouth" => 32700,
            _ => 0,
        };
        if (utmBase != 0 && ConstantValues.TryGetInt32(argument.Value, out var zone))
        {
            var code = utmBase + zone;
            var call = $"{method.ContainingType.Name}.{method.Name}({zone.ToString(CultureInfo.InvariantCulture)})";
            if (zone is < FirstUtmZone or > LastUtmZone)
            {
                Report(context, argument.Value.Syntax, set, call, $"UTM zones run from {FirstUtmZone} to {LastUtmZone}");
            }
            else if (!set.Contains(code))
            {
                Report(context, argument.Value.Syntax, set, call, $"EPSG:{code.ToString(CultureInfo.InvariantCulture)} is outside the set");
            }
        }
        else if (argument.Value.Type?.SpecialType == SpecialType.System_String
            && ConstantValues.TryGetString(argument.Value, out var text, out _))
        {
            if (!set.TryParse(text, out var code))
            {
                Report(context, argument.Value.Syntax, set, $"'{text}'", $"it is neither '{set.UrnPrefix}NNNN' nor 'EPSG:NNNN'");
            }
            else if (!set.Contains(code))
            {
                Report(context, argument.Value.Syntax, set, $"'{text}'", $"EPSG:{code.ToString(CultureInfo.InvariantCulture)} is outside the set");
            }
        }
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode at, CrsCodeSet set, string value, string reason) =>
        context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.CrsCodeOutsideSet, at.GetLocation(), value, reason, set.Description));
}
