using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Emit.Client;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Turns one spec text into an <see cref="ApiSpec"/> and the diagnostics found on the way. Every spec problem is
/// reported here, where YAML positions are fresh. It never throws (except for cancellation): an unexpected failure
/// becomes IMG0011.
/// </summary>
public static class SpecParser
{
    /// <summary>Parses a spec.</summary>
    /// <param name="input">The spec text and its item metadata.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The model (null when nothing can be generated) and the diagnostics.</returns>
    public static Result<ApiSpec> Parse(SpecInput input, CancellationToken cancellationToken)
    {
        try
        {
            return ParseCore(input, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failure(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.StartOf(input.Path), input.Path, e.GetType().Name, e.Message));
        }
    }

    private static Result<ApiSpec> ParseCore(SpecInput input, CancellationToken cancellationToken)
    {
        if (!input.Namespace.Split('.').All(Identifiers.IsValid))
        {
            return Failure(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, LocationInfo.StartOf(input.Path), input.Path, input.Namespace));
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(input.Content));
        }
        catch (YamlException e)
        {
            var location = ParseContext.LocationOf(input.Path, e.Start, e.End);
            return Failure(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableYaml, location, input.Path, (e.InnerException?.Message ?? e.Message).TrimEnd('.')));
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet 18.1's scanner throws this, with no position, on some malformed flow collections (an unclosed
            // '{' before a multi-line plain scalar): still unreadable YAML, not a generator failure.
            return Failure(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableYaml, LocationInfo.StartOf(input.Path), input.Path, "the YAML parser gave up (" + e.Message + "); look for an unclosed '{' or '['"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var where = stream.Documents.Count == 0 ? LocationInfo.StartOf(input.Path) : ParseContext.LocationOf(input.Path, stream.Documents[0].RootNode);
            return Failure(DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi3, where, input.Path, "its top level is not a mapping"));
        }

        var version = root.GetString("openapi");
        if (version is null || !version.StartsWith("3.0", StringComparison.Ordinal))
        {
            var node = (YamlNode?)root.Get("openapi") ?? root;
            var reason = version is null ? "it has no 'openapi' field" : $"its 'openapi' field is '{version}', and only 3.0.x is supported";
            return Failure(DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi3, ParseContext.LocationOf(input.Path, node), input.Path, reason));
        }

        var context = new ParseContext(input.Path, root, cancellationToken);
        var spec = ReadDocument(context, input, root);
        return new Result<ApiSpec>(spec, context.Diagnostics.Concat(ClientSupport.Check(spec)).ToEquatableArray());
    }

    private static ApiSpec ReadDocument(ParseContext context, SpecInput input, YamlMappingNode root)
    {
        var components = root.Get("components") as YamlMappingNode;
        var schemaNodes = components?.Get("schemas") as YamlMappingNode;
        SensorEnumLocator.Locate(context, schemaNodes);
        var schemas = new SchemaReader(context);
        var componentSchemas = schemas.ReadComponents(schemaNodes);
        var operations = new OperationReader(context, schemas, OperationReader.ReadSecurity(root));
        var info = root.Get("info") as YamlMappingNode;
        return new ApiSpec
        {
            FilePath = input.Path,
            Namespace = input.Namespace,
            ClientName = input.ClientName,
            VendorName = input.Namespace.Substring(input.Namespace.LastIndexOf('.') + 1),
            Info = new ApiInfo
            {
                Title = info?.GetString("title") ?? "",
                Version = info?.GetString("version") ?? "",
                Description = info?.GetString("description"),
                Sources = info?.Get("x-source") is YamlSequenceNode sources ? sources.Scalars().Select(s => s.Value ?? "").ToEquatableArray() : EquatableArray<string>.Empty,
            },
            Servers = OperationReader.ReadServers(context, root, JsonPointer.Root),
            Paths = operations.ReadPaths(root),
            Schemas = componentSchemas,
            SecuritySchemes = SecuritySchemeReader.Read(components?.Get("securitySchemes") as YamlMappingNode),
            ContentHash = Sha256Hex(YamlJson.Write(root)),
        };
    }

    private static string Sha256Hex(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static Result<ApiSpec> Failure(DiagnosticInfo diagnostic) =>
        new(null, new[] { diagnostic }.ToEquatableArray());
}
