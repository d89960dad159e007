using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// One segment of the URL tree: a literal segment (<c>orders</c>) or a path parameter (<c>{orderId}</c>). Each node becomes a
/// request builder in the namespace its segments spell (<c>…Api.V1.Orders</c>, <c>…Orders.Item</c>), as Kiota lays them out.
/// </summary>
public sealed class UrlNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="segment">The raw segment; empty for the root.</param>
    /// <param name="parent">The parent node; null for the root.</param>
    /// <param name="ns">The namespace of its builder.</param>
    /// <param name="className">The class name of its builder.</param>
    public UrlNode(string segment, UrlNode? parent, string ns, string className)
    {
        Segment = segment;
        Parent = parent;
        Namespace = ns;
        ClassName = className;
    }

    /// <summary>The raw segment; empty for the root.</summary>
    public string Segment { get; }

    /// <summary>The parent node; null for the root.</summary>
    public UrlNode? Parent { get; }

    /// <summary>The namespace of the node's builder.</summary>
    public string Namespace { get; }

    /// <summary>The class name of the node's builder.</summary>
    public string ClassName { get; }

    /// <summary>The fully qualified builder type.</summary>
    public string QualifiedName => $"global::{Namespace}.{ClassName}";

    /// <summary>The children, in document order.</summary>
    public List<UrlNode> Children { get; } = new();

    /// <summary>The path whose template ends at this node, if any (its operations are this builder's).</summary>
    public ApiPath? Path { get; set; }

    /// <summary>Whether the segment is a path parameter, <c>{name}</c>.</summary>
    public bool IsParameter => Segment.Length > 2 && Segment[0] == '{' && Segment[Segment.Length - 1] == '}';

    /// <summary>The parameter's name of a parameter segment.</summary>
    public string ParameterName => IsParameter ? Segment.Substring(1, Segment.Length - 2) : "";

    /// <summary>The literal children.</summary>
    public IEnumerable<UrlNode> LiteralChildren => Children.Where(c => !c.IsParameter);

    /// <summary>The parameter child (Kiota's indexer), if any.</summary>
    public UrlNode? ParameterChild => Children.FirstOrDefault(c => c.IsParameter);

    /// <summary>The segments from the root down to this node.</summary>
    public IEnumerable<string> SegmentsFromRoot()
    {
        var segments = new Stack<string>();
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            segments.Push(node.Segment);
        }

        return segments;
    }

    /// <summary>This node and all below it, depth first.</summary>
    public IEnumerable<UrlNode> SelfAndDescendants() => new[] { this }.Concat(Children.SelectMany(c => c.SelfAndDescendants()));
}
