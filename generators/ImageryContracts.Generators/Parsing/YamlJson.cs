using System.Text;
using ImageryContracts.Generators.Helpers;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Writes a YAML node as compact JSON: plain scalars typed by YAML's core schema (null, booleans, numbers JSON can
/// carry), everything else a string; mapping keys in document order. Used for examples and for the content hash.
/// </summary>
internal static class YamlJson
{
    /// <summary>The JSON text of a node.</summary>
    public static string Write(YamlNode node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                builder.Append('{');
                var first = true;
                foreach (var entry in mapping.Children)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    AppendString(builder, entry.Key is YamlScalarNode key ? key.Value ?? "" : Write(entry.Key));
                    builder.Append(':');
                    Append(builder, entry.Value);
                }

                builder.Append('}');
                break;
            case YamlSequenceNode sequence:
                builder.Append('[');
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, sequence.Children[i]);
                }

                builder.Append(']');
                break;
            case YamlScalarNode scalar when YamlNodes.IsNull(scalar):
                builder.Append("null");
                break;
            case YamlScalarNode scalar when YamlNodes.IsBool(scalar):
                builder.Append(scalar.Value!.ToLowerInvariant());
                break;
            case YamlScalarNode scalar when YamlNodes.IsNumber(scalar):
                builder.Append(scalar.Value);
                break;
            case YamlScalarNode scalar:
                AppendString(builder, scalar.Value ?? "");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value) => builder.Append(CSharpLiteral.String(value));
}
