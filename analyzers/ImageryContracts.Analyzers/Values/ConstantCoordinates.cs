using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// Reads GeoJSON polygon coordinates written as constants: rings of positions of numbers, built with collection
/// expressions, collection initializers or arrays (<see cref="CollectionElements"/>), possibly through locals that are
/// assigned once.
/// </summary>
internal static class ConstantCoordinates
{
    /// <summary>One ring: where it is written and its (longitude, latitude) positions.</summary>
    public sealed class Ring
    {
        public Ring(SyntaxNode syntax, ImmutableArray<(double Longitude, double Latitude)> positions)
        {
            Syntax = syntax;
            Positions = positions;
        }

        public SyntaxNode Syntax { get; }

        public ImmutableArray<(double Longitude, double Latitude)> Positions { get; }
    }

    /// <summary>The rings of a polygon's coordinates, or <see langword="null"/> when any number is not a constant.</summary>
    public static ImmutableArray<Ring>? TryReadPolygon(IOperation value)
    {
        if (!TryReadElements(value, out var rings) || rings.Length == 0)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<Ring>(rings.Length);
        foreach (var ring in rings)
        {
            if (!TryReadElements(ring, out var positions))
            {
                return null;
            }

            var points = new List<(double, double)>(positions.Length);
            foreach (var position in positions)
            {
                if (!TryReadElements(position, out var numbers) || numbers.Length < 2
                    || !ConstantValues.TryGetDouble(numbers[0], out var longitude)
                    || !ConstantValues.TryGetDouble(numbers[1], out var latitude))
                {
                    return null;
                }

                points.Add((longitude, latitude));
            }

            result.Add(new Ring(ring.Syntax, points.ToImmutableArray()));
        }

        return result.MoveToImmutable();
    }

    private static bool TryReadElements(IOperation value, out ImmutableArray<IOperation> elements) =>
        CollectionElements.TryRead(ConstantValues.Resolve(value), out elements);
}
