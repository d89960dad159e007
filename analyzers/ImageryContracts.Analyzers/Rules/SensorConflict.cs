using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// A request whose parts accept no sensor in common, found by intersecting the sensors each part accepts. A value of
/// the sensor enum itself (an explicit sensor) accepts only itself. Values with no sensor rule accept every sensor.
/// </summary>
internal sealed class SensorConflict
{
    private SensorConflict(RequestPart offender, IReadOnlyList<RequestPart> parts, IReadOnlyList<(RequestPart Part, EnumMemberRule Replacement)> fixes)
    {
        Offender = offender;
        Parts = parts;
        Fixes = fixes;
    }

    /// <summary>The part that leaves no sensor once added to those before it.</summary>
    public RequestPart Offender { get; }

    /// <summary>Every part that restricts the sensors, up to and including <see cref="Offender"/>.</summary>
    public IReadOnlyList<RequestPart> Parts { get; }

    /// <summary>Single swaps to an <c>[AlternativeValue]</c> that make the request valid, one per part at most.</summary>
    public IReadOnlyList<(RequestPart Part, EnumMemberRule Replacement)> Fixes { get; }

    public string DescribeParts()
    {
        var described = Parts.Select(p => p.Member.IsRestricted ? $"{p} ({string.Join(", ", p.Member.Sensors)})" : p.ToString()).ToList();
        return described.Count == 1 ? described[0] : string.Join(", ", described.Take(described.Count - 1)) + " and " + described[described.Count - 1];
    }

    public string DescribeFix() =>
        Fixes.Count == 0
            ? "choose values that share at least one sensor"
            : "use " + string.Join(", or ", Fixes.Select(f => $"{f.Part.Rules.Name} '{f.Replacement.WireValue}' instead of '{f.Part.Member.WireValue}'"));

    /// <summary>
    /// Finds the conflict the own parts bring. Outer parts that already conflict among themselves are reported where
    /// they are set, so they give no conflict here.
    /// </summary>
    public static SensorConflict? Find(IReadOnlyList<RequestPart> outer, IReadOnlyList<RequestPart> own)
    {
        var all = outer.Concat(own).ToList();
        var restricting = all.Where(p => SensorsOf(p, all) is not null).ToList();
        var outerRestricting = restricting.Where(outer.Contains).ToList();
        if (Intersect(outerRestricting, all) is { Count: 0 })
        {
            return null;
        }

        var considered = new List<RequestPart>(outerRestricting);
        foreach (var part in restricting.Where(own.Contains))
        {
            considered.Add(part);
            if (Intersect(considered, all) is { Count: 0 })
            {
                return new SensorConflict(part, considered, FindFixes(considered, all));
            }
        }

        return null;
    }

    private static IReadOnlyList<(RequestPart, EnumMemberRule)> FindFixes(List<RequestPart> considered, List<RequestPart> all)
    {
        var fixes = new List<(RequestPart, EnumMemberRule)>();
        foreach (var part in considered)
        {
            var others = Intersect(considered.Where(p => p != part), all);
            var fitting = part.Member.Alternatives
                .Select(part.Rules.FindByWireValue)
                .OfType<EnumMemberRule>()
                .Where(alternative => !alternative.IsRestricted || others is null || alternative.Sensors.Any(others.Contains))
                .ToList();
            if (fitting.Count == 1)
            {
                fixes.Add((part, fitting[0]));
            }
        }

        return fixes;
    }

    /// <summary>The sensors every part accepts, or <see langword="null"/> when none restricts them.</summary>
    private static HashSet<string>? Intersect(IEnumerable<RequestPart> parts, IReadOnlyList<RequestPart> all)
    {
        HashSet<string>? common = null;
        foreach (var sensors in parts.Select(p => SensorsOf(p, all)).OfType<ImmutableArray<string>>())
        {
            if (common is null)
            {
                common = new HashSet<string>(sensors);
            }
            else
            {
                common.IntersectWith(sensors);
            }
        }

        return common;
    }

    private static ImmutableArray<string>? SensorsOf(RequestPart part, IReadOnlyList<RequestPart> all)
    {
        if (part.Member.IsRestricted)
        {
            return part.Member.Sensors;
        }

        var isSensor = all.Any(p => p.Member.SensorEnum is { } sensorEnum && SymbolEqualityComparer.Default.Equals(sensorEnum, part.Rules.EnumType));
        return isSensor ? ImmutableArray.Create(part.Member.WireValue) : null;
    }
}
