using System.Collections.Generic;
using System.Collections.Immutable;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// The sensors the parts of one request accept, read without building sets: a request has a handful of parts and a
/// vendor a handful of sensors, so scanning the small arrays is cheaper than allocating per creation analysed.
/// </summary>
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
    /// The sensors a part accepts; default when it restricts none. A value of the sensor enum another part names
    /// (an explicit sensor) accepts only itself.
    /// </summary>
    public ImmutableArray<string> Of(RequestPart part)
    {
        if (part.Member.IsRestricted)
        {
            return part.Member.Sensors;
        }

        return NamesSensorEnum(_outer, part.Rules.EnumType) || NamesSensorEnum(_own, part.Rules.EnumType) ? part.Member.AsSensor : default;
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
            var sensors = Of(PartAt(first));
            if (sensors.IsDefault)
            {
                continue;
            }

            foreach (var sensor in sensors)
            {
                if (AcceptedByParts(sensor, first + 1, count))
                {
                    return true;
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
            if (part != except && Of(part) is { IsDefault: false } sensors && !sensors.Contains(sensor))
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
            if (Of(PartAt(index)) is { IsDefault: false } sensors && !sensors.Contains(sensor))
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
            if (part.Member.SensorEnum is { } sensorEnum && SymbolEqualityComparer.Default.Equals(sensorEnum, enumType))
            {
                return true;
            }
        }

        return false;
    }
}
