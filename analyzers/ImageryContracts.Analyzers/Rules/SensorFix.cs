using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Analyzers.Values;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// One code fix of a sensor conflict: a part's member swapped for its alternative, or, for a conditional part, every
/// branch's member swapped in one edit (a fix that mended one branch would leave the other as wrong as before).
/// </summary>
internal sealed class SensorFix
{
    public SensorFix(RequestPart part, IReadOnlyList<(EnumBranch Branch, EnumMemberRule Replacement)> swaps)
    {
        Part = part;
        Swaps = swaps;
    }

    public RequestPart Part { get; }

    public IReadOnlyList<(EnumBranch Branch, EnumMemberRule Replacement)> Swaps { get; }

    public string Describe() =>
        $"{Part.Rules.Name} " + string.Join(" and ", Swaps.Select(s => $"'{s.Replacement.WireValue}' instead of '{s.Branch.Member.WireValue}'"));
}
