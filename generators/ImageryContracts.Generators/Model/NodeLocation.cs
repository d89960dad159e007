using System;

namespace ImageryContracts.Generators.Model;

/// <summary>
/// Where a spec node sits in its YAML file, carried by every model node for part-2 and future checks. It takes no part
/// in equality: a node that moved to another line is the same node, so inserting a line above it never re-emits C#.
/// Diagnostics carry a <see cref="LocationInfo"/> instead, which does compare, so a moved problem is re-reported.
/// Consequence: diagnostics must be created while parsing (where positions are fresh), never from a cached model.
/// </summary>
/// <param name="Info">The position.</param>
public readonly record struct NodeLocation(LocationInfo Info) : IEquatable<NodeLocation>
{
    /// <summary>Every node location equals every other one (see the type's remarks).</summary>
    /// <param name="other">Another location.</param>
    /// <returns>Always <see langword="true"/>.</returns>
    public bool Equals(NodeLocation other) => true;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}
