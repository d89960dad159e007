using System.Collections.Generic;
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
/// <c>[MinimumAreaKm2]</c> on the polygon model (or on the property it is assigned to). The coordinates are read from
/// the polygon's arguments and setup (initializer, then the statements that set it right after); coordinates chosen by
/// a conditional are reported when every branch is rejected, naming each branch's problem.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AreaOfInterestAnalyzer : RuleAnalyzer
{
    private const int MinimumRingPositions = 4;

    /// <summary>Creates the analyzer.</summary>
    public AreaOfInterestAnalyzer()
        : base(RuleDescriptors.AreaOfInterest, OperationKind.ObjectCreation, OperationKind.ExpressionStatement)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        if (ReportScope.Of(context.Operation) is not { Analyzed: IObjectCreationOperation creation } scope)
        {
            return;
        }

        var setup = ObjectSetup.Of(creation);
        if (creation.Type is null || (creation.Arguments.IsEmpty && !setup.GetEnumerator().MoveNext())
            || MinimumArea(creation, catalog) is not { } minimumKm2)
        {
            return;
        }

        // The first value holding constant coordinates is the polygon's; the callback whose syntax holds it reports it.
        foreach (var value in Values(creation, setup))
        {
            if (ReadCoordinates(value) is not { } branches)
            {
                continue;
            }

            if (scope.Holds(value.Syntax))
            {
                Check(context, value, branches, minimumKm2);
            }

            return;
        }
    }

    /// <summary>
    /// The rings of constant coordinates, one list per branch when they are a conditional; <see langword="null"/> when
    /// any branch is not constant.
    /// </summary>
    private static List<ImmutableArray<ConstantCoordinates.Ring>>? ReadCoordinates(IOperation value)
    {
        var conditional = ConditionalBranches.AsConditional(value);
        var branches = new List<ImmutableArray<ConstantCoordinates.Ring>>();
        foreach (var branch in conditional is null ? [value] : ConditionalBranches.Of(conditional) ?? [])
        {
            if (ConstantCoordinates.TryReadPolygon(branch) is not { } rings)
            {
                return null;
            }

            branches.Add(rings);
        }

        return branches.Count == 0 ? null : branches;
    }

    /// <summary>
    /// Reports each problem of the polygon; for a conditional, once on it when every branch has a problem, naming the
    /// first problem of each.
    /// </summary>
    private static void Check(OperationAnalysisContext context, IOperation value, List<ImmutableArray<ConstantCoordinates.Ring>> branches, double minimumKm2)
    {
        if (branches.Count == 1)
        {
            foreach (var (at, problem, fix) in Problems(branches[0], value.Syntax, minimumKm2))
            {
                Report(context, at, problem, fix);
            }

            return;
        }

        var problems = new List<(string Problem, string Fix)>();
        foreach (var rings in branches)
        {
            if (Problems(rings, value.Syntax, minimumKm2).FirstOrDefault() is not { Problem: not null } first)
            {
                return;
            }

            problems.Add((first.Problem, first.Fix));
        }

        Report(
            context,
            ConditionalBranches.AsConditional(value)!.Syntax,
            "is rejected whichever branch runs: " + string.Join("; ", problems.Select((p, index) => $"branch {index + 1} {p.Problem}")),
            string.Join("; ", problems.Select(p => p.Fix).Distinct()));
    }

    private static IEnumerable<IOperation> Values(IObjectCreationOperation creation, ObjectSetup setup)
    {
        foreach (var argument in creation.Arguments)
        {
            yield return argument.Value;
        }

        foreach (var assignment in setup)
        {
            yield return assignment.Value;
        }
    }

    private static double? MinimumArea(IObjectCreationOperation creation, RuleCatalog catalog)
    {
        if (catalog.GetMinimumAreaKm2(creation.Type!) is { } onType)
        {
            return onType;
        }

        IOperation assigned = creation;
        while (assigned.Parent is IConversionOperation { IsImplicit: true })
        {
            assigned = assigned.Parent;
        }

        return assigned.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && assignment.Value == assigned
            ? catalog.GetMinimumAreaKm2(target.Property)
            : null;
    }

    /// <summary>What the vendor rejects in a polygon: each ring not closed or too short, else an area under the minimum.</summary>
    private static IEnumerable<(SyntaxNode At, string Problem, string Fix)> Problems(ImmutableArray<ConstantCoordinates.Ring> rings, SyntaxNode coordinates, double minimumKm2)
    {
        var allClosed = true;
        for (var index = 0; index < rings.Length; index++)
        {
            var positions = rings[index].Positions;
            var first = positions[0];
            var last = positions[positions.Length - 1];
            if (positions.Length < MinimumRingPositions)
            {
                yield return (rings[index].Syntax, $"ring {index} has {positions.Length} positions, but a closed ring needs at least {MinimumRingPositions}", "Add positions and repeat the first one at the end");
                allClosed = false;
            }
            else if (first != last)
            {
                yield return (rings[index].Syntax, $"ring {index} is not closed: it starts at {Format(first)} and ends at {Format(last)}", $"Repeat the first position {Format(first)} at the end of the ring");
                allClosed = false;
            }
        }

        if (!allClosed)
        {
            yield break;
        }

        var km2 = GeodesicArea.PolygonKm2(rings.Select(r => r.Positions.ToArray()).ToArray());
        if (km2 < minimumKm2)
        {
            var minimum = minimumKm2.ToString(CultureInfo.InvariantCulture);
            yield return (coordinates, $"covers {FormatKm2(km2)} km², under the vendor's minimum of {minimum} km²", $"Enlarge the polygon to at least {minimum} km²");
        }
    }

    private static string Format((double Longitude, double Latitude) position) =>
        string.Format(CultureInfo.InvariantCulture, "({0}, {1})", position.Longitude, position.Latitude);

    private static string FormatKm2(double km2) =>
        km2.ToString(km2 < 1 ? "G2" : "0.##", CultureInfo.InvariantCulture);

    private static void Report(OperationAnalysisContext context, SyntaxNode at, string problem, string fix) =>
        context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.AreaOfInterest, at.GetLocation(), problem, fix));
}
