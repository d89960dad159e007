using System.Collections.Generic;
using System.Collections.Immutable;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// The sensors the parts of one request accept, read without building sets: a request has a handful of parts and a
/// vendor a handful of sensors, so scanning the small arrays is cheaper than allocating per creation analysed.
/// </summary>
/// <remarks>
/// A part that is a conditional accepts a sensor when one of its branches does. The request is valid when some sensor
/// is accepted by every part, which is when some choice of one branch per part is valid: the branches of different
/// parts are chosen independently, so the analyzer only reports a request that no choice of branches makes valid.
/// </remarks>
internal readonly struct RequestSensors
{
    private readonly IReadOnlyList<RequestPart> _outer;
    private readonly IReadOnlyList<RequestPart> _own;

    public RequestSensors(IReadOnlyList<RequestPart> outer, IReadOnlyList<RequestPart> own)
    {
        _outer = outer;
        _own = own;
    }

    /// <summary>
    /// The sensors a member accepts as a part of this request; default when it restricts none. A value of the sensor
    /// enum another part names (an explicit sensor) accepts only itself.
    /// </summary>
    public ImmutableArray<string> Of(RequestPart part, EnumMemberRule member)
    {
        if (member.IsRestricted)
        {
            return member.Sensors;
        }

        return NamesSensorEnum(_outer, part.Rules.EnumType) || NamesSensorEnum(_own, part.Rules.EnumType) ? member.AsSensor : default;
    }

    /// <summary>Whether a part restricts the sensors: every one of its branches does.</summary>
    public bool Restricts(RequestPart part)
    {
        foreach (var branch in part.Branches)
        {
            if (Of(part, branch.Member).IsDefault)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one branch of a part accepts the sensor.</summary>
    public bool Accepts(RequestPart part, string sensor)
    {
        foreach (var branch in part.Branches)
        {
            if (Of(part, branch.Member) is var sensors && (sensors.IsDefault || sensors.Contains(sensor)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the outer parts and the first <paramref name="ownCount"/> own parts accept at least one sensor in
    /// common; true when none of them restricts the sensors.
    /// </summary>
    public bool ShareSensor(int ownCount)
    {
        var count = _outer.Count + ownCount;
        for (var first = 0; first < count; first++)
        {
            var part = PartAt(first);
            if (!Restricts(part))
            {
                continue;
            }

            foreach (var branch in part.Branches)
            {
                foreach (var sensor in Of(part, branch.Member))
                {
                    if (AcceptedByParts(sensor, first + 1, count))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>Whether every part of <paramref name="parts"/> other than <paramref name="except"/> accepts the sensor.</summary>
    public bool AcceptedByAllBut(string sensor, IReadOnlyList<RequestPart> parts, RequestPart except)
    {
        foreach (var part in parts)
        {
            if (part != except && !Accepts(part, sensor))
            {
                return false;
            }
        }

        return true;
    }

    private bool AcceptedByParts(string sensor, int from, int to)
    {
        for (var index = from; index < to; index++)
        {
            if (!Accepts(PartAt(index), sensor))
            {
                return false;
            }
        }

        return true;
    }

    private RequestPart PartAt(int index) => index < _outer.Count ? _outer[index] : _own[index - _outer.Count];

    private static bool NamesSensorEnum(IReadOnlyList<RequestPart> parts, INamedTypeSymbol enumType)
    {
        foreach (var part in parts)
        {
            foreach (var branch in part.Branches)
            {
                if (branch.Member.SensorEnum is { } sensorEnum && SymbolEqualityComparer.Default.Equals(sensorEnum, enumType))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
