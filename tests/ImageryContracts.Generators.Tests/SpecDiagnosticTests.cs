using ImageryContracts.Generators.Model;
using ImageryContracts.Generators.Parsing;
using ImageryContracts.Generators.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Tests;

/// <summary>
/// Every IMG0xxx spec diagnostic, fed a broken spec: exact ID, YAML line and column (1-based, as editors show them),
/// and message. The generator reports them and does not throw.
/// </summary>
public sealed class SpecDiagnosticTests
{
    private const string Path = SpecFiles.TestSpecPath;

    private const string Header = """
        openapi: 3.0.3
        info: {title: Test, version: '1'}
        paths: {}
        components:
          schemas:

        """;

    private const string SensorEnum = """
            Sensor:
              type: string
              x-imagery-role: sensor
              enum: [SPOT, PNEO]

        """;

    [Fact]
    public void IMG0001UnreadableYaml() =>
        AssertSingle(
            "openapi: 3.0.3\ninfo:\n  title: Test\n version: '1'\npaths: {}\n",
            "IMG0001", 4, 2,
            $"The spec '{Path}' is not readable YAML: While parsing a block mapping, did not find expected key. Fix the YAML syntax at this position.");

    [Fact]
    public void IMG0001UnreadableYamlTheParserGivesUpOn() =>
        AssertSingle(
            "openapi: 3.0.3\ninfo: {title: Test\npaths: {}\n",
            "IMG0001", 1, 1,
            $"The spec '{Path}' is not readable YAML: the YAML parser gave up (Operation is not valid due to the current state of the object.); look for an unclosed '{{' or '['. Fix the YAML syntax at this position.");

    [Fact]
    public void IMG0002NotOpenApi3() =>
        AssertSingle(
            "openapi: 3.1.0\ninfo: {title: Test, version: '1'}\npaths: {}\n",
            "IMG0002", 1, 10,
            $"The spec '{Path}' is not an OpenAPI 3.0 document: its 'openapi' field is '3.1.0', and only 3.0.x is supported. Start the file with 'openapi: 3.0.3' and an 'info' and 'paths' object.");

    [Fact]
    public void IMG0003UnresolvedReference() =>
        AssertSingle(
            Header + """
                Order:
                  type: object
                  properties:
                    status:
                      $ref: '#/components/schemas/OrderStatus'
            """,
            "IMG0003", 10, 17,
            "The $ref '#/components/schemas/OrderStatus' at #/components/schemas/Order/properties/status resolves nowhere in the spec. Point it at an existing '#/components/...' entry or add that entry.");

    [Fact]
    public void IMG0004SensorRuleNamesAValueTheEnumLacks() =>
        AssertSingle(
            Header + SensorEnum + """
                ProductType:
                  type: string
                  enum: [bundle, bundle-fs]
                  x-imagery-sensors:
                    bundle: [SPOT]
                    pansharpened: [SPOT]
            """,
            "IMG0004", 15, 9,
            "x-imagery-sensors at #/components/schemas/ProductType/x-imagery-sensors names 'pansharpened', which the enum ProductType does not list; known values: bundle, bundle-fs. Correct the entry or add the value to the enum.");

    [Fact]
    public void IMG0004SensorRuleNamesASensorTheSensorEnumLacks() =>
        AssertSingle(
            Header + SensorEnum + """
                ProductType:
                  type: string
                  enum: [bundle]
                  x-imagery-sensors:
                    bundle: [SPOT, PHR]
            """,
            "IMG0004", 14, 24,
            "x-imagery-sensors at #/components/schemas/ProductType/x-imagery-sensors names 'PHR', which the sensor enum Sensor does not list; known values: SPOT, PNEO. Correct the entry or add the value to the enum.");

    [Fact]
    public void IMG0004AlternativeNamesAValueTheEnumLacks() =>
        AssertSingle(
            Header + """
                Processing:
                  type: string
                  enum: [BASIC16, REFLECTANCE]
                  x-imagery-alternatives:
                    BASIC16: [DISPLAY]
            """,
            "IMG0004", 10, 19,
            "x-imagery-alternatives at #/components/schemas/Processing/x-imagery-alternatives names 'DISPLAY', which the enum Processing does not list; known values: BASIC16, REFLECTANCE. Correct the entry or add the value to the enum.");

    [Fact]
    public void IMG0004DeprecationNamesAValueTheEnumLacks() =>
        AssertSingle(
            Header + """
                Kind:
                  type: string
                  enum: [order.data.product]
                  x-imagery-deprecated:
                    order.data.gb.product:
                      reason: Abandoned soon.
            """,
            "IMG0004", 10, 9,
            "x-imagery-deprecated at #/components/schemas/Kind/x-imagery-deprecated names 'order.data.gb.product', which the enum Kind does not list; known values: order.data.product. Correct the entry or add the value to the enum.");

    [Fact]
    public void IMG0005DuplicateWireValue() =>
        AssertSingle(
            Header + """
                Status:
                  type: string
                  enum: [ordered, delivered, ordered]
            """,
            "IMG0005", 8, 34,
            "The enum at #/components/schemas/Status lists the wire value 'ordered' more than once. Remove the duplicate.");

    [Fact]
    public void IMG0006NameNotAValidIdentifierAfterConversion() =>
        AssertSingle(
            Header + """
                Resolution:
                  type: string
                  enum: [3d, 2d]
                  x-enum-varnames: [Three, 2D]
            """,
            "IMG0006", 9, 32,
            "'2d' at #/components/schemas/Resolution becomes the C# name '2D', which is not a valid identifier. Give it a name with x-enum-varnames or rename it so it starts with a letter and is not a C# keyword.");

    [Fact]
    public void IMG0006SchemaNameNotAValidIdentifier() =>
        AssertSingle(
            Header + """
                3dModel:
                  type: object
            """,
            "IMG0006", 6, 5,
            "'3dModel' at #/components/schemas/3dModel becomes the C# name '3dModel', which is not a valid identifier. Give it a name with x-enum-varnames or rename it so it starts with a letter and is not a C# keyword.");

    [Fact]
    public void IMG0007TwoValuesBecomeTheSameName() =>
        AssertSingle(
            Header + """
                Format:
                  type: string
                  enum: [image/jp2, image-jp2]
            """,
            "IMG0007", 8, 25,
            "'image-jp2' at #/components/schemas/Format becomes the C# name 'ImageJp2', which 'image/jp2' already has. Rename one of them (x-enum-varnames for enum values).");

    [Fact]
    public void IMG0008UnsupportedConstructNamesTheJsonPointer() =>
        AssertSingle(
            Header + """
                Geometry:
                  oneOf:
                    - type: object
                    - type: string
            """,
            "IMG0008", 7, 7,
            "'oneOf' at #/components/schemas/Geometry/oneOf is not supported by the ImageryContracts generator: the generated models cover objects, arrays, maps, enums and allOf; describe the shape with those.");

    [Fact]
    public void IMG0009MalformedExtension() =>
        AssertSingle(
            Header + """
                Status:
                  type: string
                  enum: [ordered, delivered]
                  x-enum-varnames: [Ordered]
            """,
            "IMG0009", 9, 24,
            "x-enum-varnames at #/components/schemas/Status/x-enum-varnames is malformed: the value must be a list of 2 strings, one per enum value in the same order. See docs/spec-extensions.md for its shape.");

    [Fact]
    public void IMG0009SensorRulesWithoutASensorEnum() =>
        AssertSingle(
            Header + """
                ProductType:
                  type: string
                  enum: [bundle]
                  x-imagery-sensors:
                    bundle: [SPOT]
            """,
            "IMG0009", 9, 7,
            "x-imagery-sensors at #/components/schemas/ProductType/x-imagery-sensors is malformed: it names sensors, but no enum schema in the spec is marked 'x-imagery-role: sensor'. See docs/spec-extensions.md for its shape.");

    [Fact]
    public void IMG0004SensorOfNamesASensorTheSensorEnumLacks() =>
        AssertSingle(
            Header + SensorEnum + """
                Constellation:
                  type: string
                  x-extensible-enum: [SPOT, PNEO]
                  x-imagery-sensor-of:
                    SPOT: SPOT
                    PNEO: PHR
            """,
            "IMG0004", 15, 15,
            "x-imagery-sensor-of at #/components/schemas/Constellation/x-imagery-sensor-of names 'PHR', which the sensor enum Sensor does not list; known values: SPOT, PNEO. Correct the entry or add the value to the enum.");

    [Fact]
    public void IMG0009SensorOfEntryThatIsNotOneSensor() =>
        AssertSingle(
            Header + SensorEnum + """
                Constellation:
                  type: string
                  x-extensible-enum: [SPOT]
                  x-imagery-sensor-of:
                    SPOT: [SPOT, PNEO]
            """,
            "IMG0009", 14, 15,
            "x-imagery-sensor-of at #/components/schemas/Constellation/x-imagery-sensor-of is malformed: the entry for 'SPOT' must be one sensor value. See docs/spec-extensions.md for its shape.");

    [Fact]
    public void IMG0008AnyOfOfTwoDifferentComponentsIsStillUnsupported() =>
        AssertSingle(
            Header + """
                Point:
                  type: object
                  properties:
                    x: {type: number}
                Line:
                  type: object
                  properties:
                    points: {type: array, items: {$ref: '#/components/schemas/Point'}}
                Shape:
                  anyOf:
                    - $ref: '#/components/schemas/Point'
                    - type: array
                      items: {$ref: '#/components/schemas/Line'}
            """,
            "IMG0008", 15, 7,
            "'anyOf' at #/components/schemas/Shape/anyOf is not supported by the ImageryContracts generator: the generated models cover objects, arrays, maps, enums and allOf; describe the shape with those.");

    [Theory]
    [InlineData("oneOf")]
    [InlineData("anyOf")]
    public void A_component_or_a_list_of_it_is_read_without_a_diagnostic(string keyword) =>
        Assert.Empty(GeneratorHarness.DiagnosticsOf(Header + $$"""
                Link:
                  type: object
                  properties:
                    href: {type: string}
                LinkOrLinks:
                  {{keyword}}:
                    - type: array
                      items: {$ref: '#/components/schemas/Link'}
                    - $ref: '#/components/schemas/Link'
                Item:
                  type: object
                  properties:
                    self: {$ref: '#/components/schemas/LinkOrLinks'}
            """));

    [Fact]
    public void IMG0010InvalidNamespace()
    {
        var result = SpecParser.Parse(new SpecInput(Path, Header, "My.3rd.Vendor", ""), CancellationToken.None);

        AssertDiagnostic(
            Assert.Single(result.Diagnostics).ToDiagnostic(),
            "IMG0010", 1, 1,
            $"The ImageryContract item '{Path}' has the Namespace 'My.3rd.Vendor', which is not a valid C# namespace. Set Namespace=\"My.Vendor\" on the item.");
        Assert.Null(result.Value);
    }

    [Fact]
    public void IMG0011UnexpectedFailureBecomesADiagnosticNotAnException()
    {
        var result = SpecParser.Parse(new SpecInput(Path, null!, "Test.Vendor", ""), CancellationToken.None);

        AssertDiagnostic(
            Assert.Single(result.Diagnostics).ToDiagnostic(),
            "IMG0011", 1, 1,
            $"The ImageryContracts generator failed on '{Path}' (ArgumentNullException: Value cannot be null. (Parameter 's')). Nothing was generated for this spec; please report it with the spec attached.");
        Assert.Null(result.Value);
    }

    [Fact]
    public void ABrokenEntryIsLeftOutAndTheRestIsStillGenerated()
    {
        var result = GeneratorHarness.Run((Path, Header + SensorEnum + """
                ProductType:
                  type: string
                  enum: [bundle, bundle-fs]
                  x-imagery-sensors:
                    bundle: [SPOT, WV3]
                    bundle-fs: [PNEO]
            """));

        Assert.Equal("IMG0004", Assert.Single(result.Diagnostics).Id);
        var productType = result.GeneratedSources.Single(s => s.HintName == "Test.Vendor.Models.ProductType.g.cs").SourceText.ToString();
        Assert.Contains("AcceptedBySensors(global::Test.Vendor.Models.Sensor.Pneo)]", productType, StringComparison.Ordinal);
        Assert.DoesNotContain("Sensor.Spot", productType, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescriptorLinksItsDocumentationPage()
    {
        var descriptors = typeof(Diagnostics.DiagnosticDescriptors).GetFields()
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().ToList();
        var docs = System.IO.Path.Combine(RepositoryRoot(), "docs", "diagnostics");

        Assert.Equal(11, descriptors.Count);
        Assert.All(descriptors, d =>
        {
            Assert.Equal($"https://github.com/imagerycontracts/imagerycontracts/blob/main/docs/diagnostics/{d.Id}.md", d.HelpLinkUri);
            Assert.True(File.Exists(System.IO.Path.Combine(docs, d.Id + ".md")), $"docs/diagnostics/{d.Id}.md is missing");
        });
    }

    private static void AssertSingle(string spec, string id, int line, int column, string message) =>
        AssertDiagnostic(Assert.Single(GeneratorHarness.DiagnosticsOf(spec)), id, line, column, message);

    private static void AssertDiagnostic(Diagnostic diagnostic, string id, int line, int column, string message)
    {
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal(
            (id, Path, line, column),
            (diagnostic.Id, position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "..", ".."));
}
