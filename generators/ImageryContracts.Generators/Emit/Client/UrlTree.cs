using System;
using System.Linq;
using System.Text.RegularExpressions;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>Builds the URL tree of a spec's paths; its root is the root client.</summary>
public static class UrlTree
{
    /// <summary>A parameter named after its collection's item: <c>orderId</c>, <c>order_id</c>, <c>post-id</c>.</summary>
    private static readonly Regex ItemIdParameter = new("^(?<item>.+?)[-_]?(Id|ID|id)$", RegexOptions.CultureInvariant);

    /// <summary>The tree of the spec's paths.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The root node.</returns>
    public static UrlNode Build(ApiSpec spec)
    {
        var root = new UrlNode("", null, spec.Namespace, ClientNames.RootClient(spec));
        foreach (var path in spec.Paths)
        {
            var node = root;
            foreach (var segment in path.Template.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                node = node.Children.FirstOrDefault(c => c.Segment == segment) ?? Add(node, segment);
            }

            node.Path = path;
        }

        return root;
    }

    /// <summary>
    /// The item builder's name for a path parameter, as Kiota names it: <c>OrderItemRequestBuilder</c> for
    /// <c>{orderId}</c>, <c>WithOwnerItemRequestBuilder</c> for a parameter not named after an id.
    /// </summary>
    /// <param name="parameter">The parameter name.</param>
    /// <returns>The class name.</returns>
    public static string ItemClassName(string parameter)
    {
        var match = ItemIdParameter.Match(parameter);
        return (match.Success ? ClientNames.Member(match.Groups["item"].Value) : "With" + ClientNames.Member(parameter)) + "ItemRequestBuilder";
    }

    private static UrlNode Add(UrlNode parent, string segment)
    {
        var isParameter = segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal);
        var child = isParameter
            ? new UrlNode(segment, parent, parent.Namespace + ".Item", ItemClassName(segment.Substring(1, segment.Length - 2)))
            : new UrlNode(segment, parent, parent.Namespace + "." + ClientNames.Member(segment), ClientNames.Member(segment) + "RequestBuilder");
        parent.Children.Add(child);
        return child;
    }
}
