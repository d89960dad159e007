using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using ImageryContracts.Geometry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// IMG1004: an AOI polygon built from constant coordinates whose ring is not closed, or whose WGS 84 area is under the
/// <c>[MinimumAreaKm2]</c> on the polygon model (or on the property it is assigned to).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AreaOfInterestAnalyzer : RuleAnalyzer
{
    private const int MinimumRingPositions = 4;

    /// <summary>Creates the analyzer.</summary>
    public AreaOfInterestAnalyzer()
        : base(RuleDescriptors.AreaOfInterest, OperationKind.ObjectCreation)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is null || MinimumArea(creation, catalog) is not { } minimumKm2)
        {
            return;
        }

        var values = creation.Arguments.Select(a => a.Value)
            .Concat(creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().Select(a => a.Value) ?? []);
        foreach (var value in values)
        {
            if (ConstantCoordinates.TryReadPolygon(value) is { } rings)
            {
                Check(context, value, rings, minimumKm2);
                return;
            }
        }
    }

    private static double? MinimumArea(IObjectCreationOperation creation, RuleCatalog catalog) =>
        catalog.GetMinimumAreaKm2(creation.Type!)
        ?? (creation.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
            ? catalog.GetMinimumAreaKm2(target.Property)
            : null);

    private static void Check(OperationAnalysisContext context, IOperation coordinates, ImmutableArray<ConstantCoordinates.Ring> rings, double minimumKm2)
    {
        var allClosed = true;
        for (var index = 0; index < rings.Length; index++)
        {
            var positions = rings[index].Positions;
            var first = positions[0];
            var last = positions[positions.Length - 1];
            if (positions.Length < MinimumRingPositions)
            {
                Report(context, rings[index].Syntax, $"ring {index} has {positions.Length} positions, but a closed ring needs at least {MinimumRingPositions}", "Add positions and repeat the first one at the end");
                allClosed = false;
            }
            else if (first != last)
            {
                Report(context, rings[index].Syntax, $"ring {index} is not closed: it starts at {Format(first)} and ends at {Format(last)}", $"Repeat the first position {Format(first)} at the end of the ring");
                allClosed = false;
            }
        }

        if (!allClosed)
        {
            return;
        }

        var km2 = GeodesicArea.PolygonKm2(rings.Select(r => r.Positions.ToArray()).ToArray());
        if (km2 < minimumKm2)
        {
            var minimum = minimumKm2.ToString(CultureInfo.InvariantCulture);
            Report(context, coordinates.Syntax, $"covers {FormatKm2(km2)} km², under the vendor's minimum of {minimum} km²", $"Enlarge the polygon to at least {minimum} km²");
        }
    }

    private static string Format((double Longitude, double Latitude) position) =>
        string.Format(CultureInfo.InvariantCulture, "({0}, {1})", position.Longitude, position.Latitude);

    private static string FormatKm2(double km2) =>
        km2.ToString(km2 < 1 ? "G2" : "0.##", CultureInfo.InvariantCulture);

    private static void Report(OperationAnalysisContext context, SyntaxNode at, string problem, string fix) =>
        context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.AreaOfInterest, at.GetLocation(), problem, fix));
}
