using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Emits the CRS code value type of a schema carrying <c>x-imagery-crs</c>: a <c>readonly partial struct</c> with
/// <c>[CrsCodeSet]</c>, factories for the accepted families (<c>Wgs84</c>, <c>UtmNorth</c>, <c>UtmSouth</c>,
/// <c>FromEpsg</c>), parsing of the URN and <c>EPSG:NNNN</c> forms, the URN as <c>ToString()</c>, and equality.
/// Codes outside the set are rejected with a message naming the code and the accepted set.
/// </summary>
public static class CrsCodeEmitter
{
    private const int Wgs84Code = 4326;

    /// <summary>The files of every CRS code type of a spec.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>One file per schema with <c>x-imagery-crs</c>.</returns>
    public static IEnumerable<GeneratedFile> EmitAll(ApiSpec spec) =>
        spec.Schemas.Where(s => s.Crs is not null && s.Name is not null).Select(s => Emit(spec, s, s.Crs!));

    private static GeneratedFile Emit(ApiSpec spec, ApiSchema schema, ApiCrsCodeSet set)
    {
        var ns = spec.Namespace + ".Models";
        var name = schema.Name!;
        var accepted = CrsCodeSetText.Describe(set);
        var source = SourceFile.Write(ns, writer =>
        {
            writer.DocTag("summary", schema.Description ?? "A coordinate reference system accepted by " + spec.VendorName + ".");
            writer.DocTag("remarks", $"Accepted by {spec.VendorName}: {accepted}. The wire form is {set.UrnPrefix}NNNN; EPSG:NNNN is read too. The default value is EPSG:0, which no vendor accepts. Spec: {schema.Pointer}.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            var ranges = string.Join(", ", set.Ranges.SelectMany(r => new[] { r.From, r.To }).Select(Number));
            writer.Line($"[global::ImageryContracts.Rules.CrsCodeSet({CSharpLiteral.String(set.UrnPrefix)}, new int[] {{ {string.Join(", ", set.Codes.Select(Number))} }}, new int[] {{ {ranges} }})]");
            writer.Line($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
            using (writer.OpenBlock())
            {
                WriteConstants(writer, set, spec.VendorName, accepted);
                WriteFactories(writer, name, set);
                WriteParsing(writer, name, set);
                WriteFormattingAndEquality(writer, name);
            }
        });
        return new GeneratedFile($"{ns}.{name}.g.cs", source);
    }

    private static void WriteConstants(IndentedWriter writer, ApiCrsCodeSet set, string vendor, string accepted)
    {
        writer.DocTag("summary", "The prefix of the wire form, before the EPSG number.");
        writer.Line($"public const string UrnPrefix = {CSharpLiteral.String(set.UrnPrefix)};");
        writer.Line();
        writer.DocTag("summary", "The accepted codes in words, as messages name them.");
        writer.Line($"public const string AcceptedCodes = {CSharpLiteral.String(accepted)};");
        writer.Line();
        writer.Line($"private const string Vendor = {CSharpLiteral.String(vendor)};");
        writer.Line("private const string ShortPrefix = \"EPSG:\";");
        writer.Line();
    }

    private static void WriteFactories(IndentedWriter writer, string name, ApiCrsCodeSet set)
    {
        writer.Line($"private {name}(int epsg) => Epsg = epsg;");
        writer.Line();
        writer.DocTag("summary", "The EPSG number, e.g. 4326.");
        writer.Line("public int Epsg { get; }");
        writer.Line();
        if (CrsCodeSetText.Accepts(set, Wgs84Code))
        {
            writer.DocTag("summary", "WGS 84 longitude/latitude (EPSG:4326).");
            writer.Line($"public static {name} Wgs84 => new {name}({Wgs84Code});");
            writer.Line();
        }

        WriteUtmFactory(writer, name, set, "UtmNorth", "north", CrsCodeSetText.UtmNorthBase);
        WriteUtmFactory(writer, name, set, "UtmSouth", "south", CrsCodeSetText.UtmSouthBase);

        writer.DocTag("summary", "The code with the given EPSG number.");
        writer.Line("/// <param name=\"epsg\">The EPSG number.</param>");
        writer.Line("/// <returns>The code.</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The vendor does not accept the code.</exception>");
        writer.Line($"public static {name} FromEpsg(int epsg) =>");
        writer.Line($"    IsAccepted(epsg) ? new {name}(epsg) : throw new global::System.ArgumentOutOfRangeException(nameof(epsg), epsg, RejectionMessage(epsg));");
        writer.Line();
        writer.DocTag("summary", "Whether the vendor accepts the EPSG number.");
        writer.Line("/// <param name=\"epsg\">The EPSG number.</param>");
        writer.Line("/// <returns><see langword=\"true\"/> when it is in the accepted set.</returns>");
        var tests = set.Codes.Select(c => $"epsg == {Number(c)}")
            .Concat(set.Ranges.Select(r => $"(epsg >= {Number(r.From)} && epsg <= {Number(r.To)})"));
        writer.Line($"public static bool IsAccepted(int epsg) => {string.Join(" || ", tests)};");
        writer.Line();
        writer.DocTag("summary", "Why the vendor rejects an EPSG number: the code and the accepted set.");
        writer.Line("/// <param name=\"epsg\">The rejected EPSG number.</param>");
        writer.Line("/// <returns>The message.</returns>");
        writer.Line("public static string RejectionMessage(int epsg) =>");
        writer.Line("    ShortPrefix + epsg.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is not accepted by \" + Vendor + \"; accepted: \" + AcceptedCodes + \".\";");
        writer.Line();
    }

    private static void WriteUtmFactory(IndentedWriter writer, string name, ApiCrsCodeSet set, string method, string hemisphere, int zoneBase)
    {
        if (!Enumerable.Range(zoneBase + 1, 60).Any(code => CrsCodeSetText.Accepts(set, code)))
        {
            return;
        }

        writer.DocTag("summary", $"A WGS 84 / UTM zone of the {hemisphere}ern hemisphere (EPSG:{Number(zoneBase)} + zone).");
        writer.Line("/// <param name=\"zone\">The UTM zone, 1 to 60.</param>");
        writer.Line("/// <returns>The code.</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The zone does not exist or the vendor does not accept it.</exception>");
        writer.Line($"public static {name} {method}(int zone)");
        using (writer.OpenBlock())
        {
            writer.Line($"var epsg = {Number(zoneBase)} + zone;");
            writer.Line("if (zone < 1 || zone > 60 || !IsAccepted(epsg))");
            using (writer.OpenBlock())
            {
                writer.Line($"throw new global::System.ArgumentOutOfRangeException(nameof(zone), zone, \"UTM {hemisphere} zone \" + zone.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \": \" + RejectionMessage(epsg));");
            }

            writer.Line();
            writer.Line($"return new {name}(epsg);");
        }

        writer.Line();
    }

    private static void WriteParsing(IndentedWriter writer, string name, ApiCrsCodeSet set) => writer.Lines($$"""
        /// <summary>Reads {{set.UrnPrefix}}NNNN or EPSG:NNNN.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The code.</returns>
        /// <exception cref="global::System.FormatException">The text is not a CRS code, or the vendor does not accept the code.</exception>
        public static {{name}} Parse(string value) =>
            Problem(value) is { } problem ? throw new global::System.FormatException(problem) : new {{name}}(ReadNumber(value));

        /// <summary>Reads {{set.UrnPrefix}}NNNN or EPSG:NNNN, when it is an accepted code.</summary>
        /// <param name="value">The text.</param>
        /// <param name="result">The code, or the default value.</param>
        /// <returns>Whether the text is an accepted code.</returns>
        public static bool TryParse(string? value, out {{name}} result)
        {
            result = value is not null && Problem(value) is null ? new {{name}}(ReadNumber(value)) : default;
            return result.Epsg != 0;
        }

        /// <summary>What is wrong with a CRS code text, or null when it is an accepted code.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The message naming the value and the accepted set, or null.</returns>
        public static string? Problem(string value)
        {
            var epsg = ReadNumber(value);
            if (epsg < 0)
            {
                return "'" + value + "' is not a CRS code; write " + UrnPrefix + "NNNN or EPSG:NNNN. Accepted by " + Vendor + ": " + AcceptedCodes + ".";
            }

            return IsAccepted(epsg) ? null : RejectionMessage(epsg);
        }

        private static int ReadNumber(string value)
        {
            var start = value.StartsWith(UrnPrefix, global::System.StringComparison.OrdinalIgnoreCase) ? UrnPrefix.Length
                : value.StartsWith(ShortPrefix, global::System.StringComparison.OrdinalIgnoreCase) ? ShortPrefix.Length
                : -1;
            if (start < 0 || value.Length == start || value.Length - start > 9)
            {
                return -1;
            }

            var number = 0;
            for (var i = start; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return -1;
                }

                number = (number * 10) + (value[i] - '0');
            }

            return number;
        }

        """);

    private static void WriteFormattingAndEquality(IndentedWriter writer, string name) => writer.Lines($$"""
        /// <summary>The wire form, e.g. urn:ogc:def:crs:EPSG::4326.</summary>
        /// <returns>The URN.</returns>
        public override string ToString() => UrnPrefix + Epsg.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The short form, e.g. EPSG:4326.</summary>
        /// <returns>The short form.</returns>
        public string ToShortString() => ShortPrefix + Epsg.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public bool Equals({{name}} other) => Epsg == other.Epsg;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Epsg;

        /// <summary>Whether two codes are the same.</summary>
        public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);

        /// <summary>Whether two codes differ.</summary>
        public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);
        """);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
