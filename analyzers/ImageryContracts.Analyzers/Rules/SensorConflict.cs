using System.Collections.Generic;
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
    /// they are set, so they give no conflict here. Nothing is allocated unless a conflict is found: this runs for
    /// every creation that sets an enum value.
    /// </summary>
    public static SensorConflict? Find(IReadOnlyList<RequestPart> outer, IReadOnlyList<RequestPart> own)
    {
        var sensors = new RequestSensors(outer, own);
        if (!sensors.ShareSensor(0))
        {
            return null;
        }

        for (var index = 0; index < own.Count; index++)
        {
            if (sensors.Of(own[index]).IsDefault || sensors.ShareSensor(index + 1))
            {
                continue;
            }

            var considered = new List<RequestPart>();
            AddRestricting(considered, outer, outer.Count, sensors);
            AddRestricting(considered, own, index + 1, sensors);
            return new SensorConflict(own[index], considered, FindFixes(considered, sensors));
        }

        return null;
    }

    private static void AddRestricting(List<RequestPart> considered, IReadOnlyList<RequestPart> parts, int count, RequestSensors sensors)
    {
        for (var index = 0; index < count; index++)
        {
            if (!sensors.Of(parts[index]).IsDefault)
            {
                considered.Add(parts[index]);
            }
        }
    }

    private static IReadOnlyList<(RequestPart, EnumMemberRule)> FindFixes(List<RequestPart> considered, RequestSensors sensors)
    {
        var fixes = new List<(RequestPart, EnumMemberRule)>();
        foreach (var part in considered)
        {
            var othersRestrict = considered.Count > 1;
            EnumMemberRule? single = null;
            var fitting = 0;
            foreach (var wireValue in part.Member.Alternatives)
            {
                if (part.Rules.FindByWireValue(wireValue) is { } alternative
                    && (!alternative.IsRestricted || !othersRestrict || AcceptsAny(alternative, considered, part, sensors)))
                {
                    single = alternative;
                    fitting++;
                }
            }

            if (fitting == 1)
            {
                fixes.Add((part, single!));
            }
        }

        return fixes;
    }

    private static bool AcceptsAny(EnumMemberRule alternative, List<RequestPart> considered, RequestPart replaced, RequestSensors sensors)
    {
        foreach (var sensor in alternative.Sensors)
        {
            if (sensors.AcceptedByAllBut(sensor, considered, replaced))
            {
                return true;
            }
        }

        return false;
    }
}
