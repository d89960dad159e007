using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Values;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// A request whose parts accept no sensor in common, found by intersecting the sensors each part accepts. A value of
/// the sensor enum itself (an explicit sensor) accepts only itself. Values with no sensor rule accept every sensor.
/// A conditional part accepts what any of its branches accepts, so a request is a conflict only when every choice
/// of branches is one.
/// </summary>
internal sealed class SensorConflict
{
    private SensorConflict(RequestPart offender, IReadOnlyList<RequestPart> parts, IReadOnlyList<SensorFix> fixes, RequestSensors sensors)
    {
        Offender = offender;
        Parts = parts;
        Fixes = fixes;
        _sensors = sensors;
    }

    private readonly RequestSensors _sensors;

    /// <summary>The part that leaves no sensor once added to those before it.</summary>
    public RequestPart Offender { get; }

    /// <summary>Every part that restricts the sensors, up to and including <see cref="Offender"/>.</summary>
    public IReadOnlyList<RequestPart> Parts { get; }

    /// <summary>Swaps to <c>[AlternativeValue]</c>s that make the request valid, one fix per part at most.</summary>
    public IReadOnlyList<SensorFix> Fixes { get; }

    public string DescribeParts() => MessageLists.And(Parts.Select(Describe).ToList());

    public string DescribeFix() =>
        Fixes.Count == 0
            ? "choose values that share at least one sensor"
            : "use " + string.Join(", or ", Fixes.Select(f => f.Describe()));

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
            if (!sensors.Restricts(own[index]) || sensors.ShareSensor(index + 1))
            {
                continue;
            }

            var considered = new List<RequestPart>();
            AddRestricting(considered, outer, outer.Count, sensors);
            AddRestricting(considered, own, index + 1, sensors);
            return new SensorConflict(own[index], considered, FindFixes(considered, sensors), sensors);
        }

        return null;
    }

    private string Describe(RequestPart part)
    {
        var branches = part.Branches.Select(b => b.Member.IsRestricted ? $"'{b.Member.WireValue}' ({string.Join(", ", _sensors.Of(part, b.Member))})" : $"'{b.Member.WireValue}'").ToList();
        var values = $"{part.Rules.Name} {MessageLists.Or(branches)}";
        return branches.Count == 1 ? values : values + ", whichever branch runs,";
    }

    private static void AddRestricting(List<RequestPart> considered, IReadOnlyList<RequestPart> parts, int count, RequestSensors sensors)
    {
        for (var index = 0; index < count; index++)
        {
            if (sensors.Restricts(parts[index]))
            {
                considered.Add(parts[index]);
            }
        }
    }

    /// <summary>
    /// For each part, the swap of every branch to its one alternative that shares a sensor with the other parts; a
    /// part with a branch that has none, or several, gets no fix.
    /// </summary>
    private static IReadOnlyList<SensorFix> FindFixes(List<RequestPart> considered, RequestSensors sensors)
    {
        var fixes = new List<SensorFix>();
        foreach (var part in considered)
        {
            var swaps = new List<(EnumBranch Branch, EnumMemberRule Replacement)>();
            foreach (var branch in part.Branches)
            {
                if (FittingAlternative(part, branch.Member, considered, sensors) is not { } replacement)
                {
                    swaps.Clear();
                    break;
                }

                swaps.Add((branch, replacement));
            }

            if (swaps.Count > 0)
            {
                fixes.Add(new SensorFix(part, swaps));
            }
        }

        return fixes;
    }

    private static EnumMemberRule? FittingAlternative(RequestPart part, EnumMemberRule member, List<RequestPart> considered, RequestSensors sensors)
    {
        var othersRestrict = considered.Count > 1;
        EnumMemberRule? single = null;
        var fitting = 0;
        foreach (var wireValue in member.Alternatives)
        {
            if (part.Rules.FindByWireValue(wireValue) is { } alternative
                && (!alternative.IsRestricted || !othersRestrict || AcceptsAny(alternative, considered, part, sensors)))
            {
                single = alternative;
                fitting++;
            }
        }

        return fitting == 1 ? single : null;
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
