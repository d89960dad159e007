using System.IO;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Emits <c>&lt;Namespace&gt;.SpecInfo</c>: what the code was generated from (title, version, sources, content hash,
/// generator version), the role a kiota-lock.json plays for the Kiota CLI, as constants the code can check for drift.
/// </summary>
public static class SpecInfoEmitter
{
    /// <summary>The spec info file.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The generated file.</returns>
    public static GeneratedFile Emit(ApiSpec spec)
    {
        var source = SourceFile.Write(spec.Namespace, writer =>
        {
            writer.DocTag("summary", $"The spec the {spec.VendorName} code was generated from.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line("public static class SpecInfo");
            using (writer.OpenBlock())
            {
                Constant(writer, "The spec file's name.", "SpecFile", Path.GetFileName(spec.FilePath));
                Constant(writer, "The spec's info.title.", "Title", spec.Info.Title);
                Constant(writer, "The spec's info.version.", "Version", spec.Info.Version);
                Constant(writer, "SHA-256 of the spec's canonical JSON form (comments and formatting do not change it).", "ContentHash", spec.ContentHash);
                Constant(writer, "The version of the generator that wrote this code.", "GeneratorVersion", typeof(SpecInfoEmitter).Assembly.GetName().Version?.ToString() ?? "");
                writer.DocTag("summary", "The vendor pages the spec was curated from (x-source).");
                writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Sources { get; } = new string[]");
                using (writer.OpenBlock("};"))
                {
                    foreach (var source in spec.Info.Sources)
                    {
                        writer.Line(CSharpLiteral.String(source) + ",");
                    }
                }
            }
        });
        return new GeneratedFile($"{spec.Namespace}.SpecInfo.g.cs", source);
    }

    private static void Constant(IndentedWriter writer, string doc, string name, string value)
    {
        writer.DocTag("summary", doc);
        writer.Line($"public const string {name} = {CSharpLiteral.String(value)};");
        writer.Line();
    }
}
