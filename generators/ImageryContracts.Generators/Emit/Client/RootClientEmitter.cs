using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Emits the root client as Kiota does: <c>: BaseRequestBuilder</c> over <c>{+baseurl}</c>, a navigation property per
/// top-level segment, and a constructor that takes the <c>IRequestAdapter</c>, registers the JSON, text, form and multipart
/// serialization writers and the JSON, text and form parse nodes (Kiota's default lock-file lists), and sets the base URL
/// from the spec's first server when the adapter has none. The kit's own JSON factories are registered before Kiota's:
/// the first registration for a content type wins, so the models read and write themselves (<c>IJsonModel</c>) unless
/// something in the process registered Kiota's JSON factories earlier, in which case they are read through Kiota's
/// parse node and field deserializers, correctly but slower.
/// </summary>
public static class RootClientEmitter
{
    private static readonly string[] Serializers =
    {
        "ImageryContracts.Serialization.Utf8JsonSerializationWriterFactory",
        "Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory",
        "Microsoft.Kiota.Serialization.Text.TextSerializationWriterFactory",
        "Microsoft.Kiota.Serialization.Form.FormSerializationWriterFactory",
        "Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriterFactory",
    };

    private static readonly string[] Deserializers =
    {
        "ImageryContracts.Serialization.Utf8JsonParseNodeFactory",
        "Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory",
        "Microsoft.Kiota.Serialization.Text.TextParseNodeFactory",
        "Microsoft.Kiota.Serialization.Form.FormParseNodeFactory",
    };

    /// <summary>The root client's file.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="root">The URL tree's root.</param>
    /// <param name="types">The spec's type resolver.</param>
    /// <returns>The generated file.</returns>
    public static GeneratedFile Emit(ApiSpec spec, UrlNode root, ClientTypeResolver types)
    {
        var source = KiotaSourceFile.Write(root.Namespace, writer =>
        {
            writer.DocTag("summary", $"The main entry point of the SDK, exposes the configuration and the fluent API of {spec.Info.Title} {spec.Info.Version}.");
            writer.DocTag("remarks", "Generated at build time from " + System.IO.Path.GetFileName(spec.FilePath) + "; the shape is the one the Kiota CLI emits for C#.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line($"public partial class {root.ClassName} : BaseRequestBuilder");
            using (writer.OpenBlock())
            {
                RequestBuilderEmitter.WriteNavigation(writer, root, types);
                writer.Line($"/// <summary>Instantiates a new <see cref=\"{root.QualifiedName}\"/> and sets the default values.</summary>");
                writer.Line("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
                writer.Line($"public {root.ClassName}(IRequestAdapter requestAdapter) : base(requestAdapter, \"{{+baseurl}}\", new Dictionary<string, object>())");
                using (writer.OpenBlock())
                {
                    foreach (var serializer in Serializers)
                    {
                        writer.Line($"ApiClientBuilder.RegisterDefaultSerializer<global::{serializer}>();");
                    }

                    foreach (var deserializer in Deserializers)
                    {
                        writer.Line($"ApiClientBuilder.RegisterDefaultDeserializer<global::{deserializer}>();");
                    }

                    if (spec.Servers.FirstOrDefault() is { } server)
                    {
                        writer.Line("if (string.IsNullOrEmpty(RequestAdapter.BaseUrl))");
                        using (writer.OpenBlock())
                        {
                            writer.Line($"RequestAdapter.BaseUrl = {CSharpLiteral.String(server.Url.TrimEnd('/'))};");
                        }
                    }

                    writer.Line("PathParameters.TryAdd(\"baseurl\", RequestAdapter.BaseUrl);");
                }
            }
        });
        return new GeneratedFile($"{root.Namespace}.{root.ClassName}.g.cs", source);
    }
}
