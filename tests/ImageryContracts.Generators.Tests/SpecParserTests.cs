using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ImageryContracts.Generators.Model;
using ImageryContracts.Generators.Parsing;
using ImageryContracts.Generators.Tests.TestHelpers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Tests;

/// <summary>
/// The parse model the emitters (and the client emitters of part 2) read: what it holds for the real specs, and that
/// equivalent spec texts give equal models.
/// </summary>
public sealed class SpecParserTests
{
    [Fact]
    public void TheSameTextGivesAnEqualModel()
    {
        var first = Parse(SpecFiles.OneAtlas);
        var second = Parse(SpecFiles.OneAtlas);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void AnEquivalentTextGivesAnEqualModel()
    {
        // The same document written as JSON (which is YAML too): other quoting, flow style, no comments, other lines.
        var asJson = ToJson(SpecFiles.OneAtlas);
        Assert.StartsWith("{\n  \"openapi\": \"3.0.3\"", asJson, StringComparison.Ordinal);

        Assert.Equal(Parse(SpecFiles.OneAtlas), Parse(asJson));
    }

    [Fact]
    public void AChangedTextGivesADifferentModel()
    {
        var changed = SpecFiles.OneAtlas.Replace("bundle-fs: [PNEO]", "bundle-fs: [PNEO, PHR]", StringComparison.Ordinal);

        Assert.NotEqual(Parse(SpecFiles.OneAtlas), Parse(changed));
    }

    [Fact]
    public void OneAtlasServersPathsAndOperationsAreRead()
    {
        var spec = Parse(SpecFiles.OneAtlas);

        Assert.Equal("https://data.api.oneatlas.airbus.com", Assert.Single(spec.Servers).Url);
        var token = spec.Paths.Single(p => p.Template == "/auth/realms/IDP/protocol/openid-connect/token");
        Assert.Equal("https://authenticate.foundation.api.oneatlas.airbus.com", Assert.Single(token.Servers).Url);
        var getOrder = spec.Paths.Single(p => p.Template == "/api/v1/orders/{orderId}").Operations.Single(o => o.Method == "GET");
        Assert.Equal("getOrder", getOrder.OperationId);
        var orderId = Assert.Single(getOrder.Parameters);
        Assert.Equal(("orderId", "path", true, "uuid"), (orderId.Name, orderId.In, orderId.Required, orderId.Schema.Format));
        Assert.Equal("#/components/parameters/OrderId", orderId.Pointer);
        Assert.Equal(["bearerAuth"], getOrder.Security);

        var price = spec.Paths.Single(p => p.Template == "/api/v1/prices").Operations.Single();
        Assert.Equal("POST", price.Method);
        Assert.Equal("OrderRequest", Assert.Single(price.RequestBody!.Content).Schema!.Ref);
        Assert.Equal(["200", "4XX", "5XX"], price.Responses.Select(r => r.StatusCode));
        Assert.Equal("ApiError", price.Responses.Single(r => r.StatusCode == "4XX").Content.Single().Schema!.Ref);
        Assert.StartsWith("{\"kind\":\"order.data.product\",\"products\":[{", price.RequestBody.Content.Single().ExampleJson, StringComparison.Ordinal);
    }

    [Fact]
    public void OneAtlasSchemasCarryTypesRulesAndExtensions()
    {
        var spec = Parse(SpecFiles.OneAtlas);
        var schemas = spec.Schemas.ToDictionary(s => s.Name!);

        var product = schemas["Product"];
        Assert.Equal("object", product.Type);
        Assert.Contains(product.Properties, p => p is { WireName: "productType", Required: true, Schema.Ref: "ProductType" });
        Assert.Equal("The file format of the delivered image.", product.Properties.Single(p => p.WireName == "imageFormat").Schema.Description);

        var productType = schemas["ProductType"];
        var bundleFs = productType.EnumValues.Single(v => v.WireValue == "bundle-fs");
        Assert.Equal("BundleFs", bundleFs.MemberName);
        Assert.Equal(["PNEO"], bundleFs.Sensors!.Value);
        Assert.Equal(["bundle"], bundleFs.Alternatives);
        Assert.Equal(new ApiDeprecation("GB (gigabyte) consumption will be abandoned soon.", "order.data.product"), schemas["OrderKind"].EnumValues[1].Deprecation);
        Assert.Equal("sensor", schemas["Sensor"].Role);
        Assert.True(schemas["DeliveryStatus"].IsExtensibleEnum);
        Assert.Equal("0.1", schemas["Polygon"].MinAreaKm2);
        Assert.Equal("PolygonType", schemas["Polygon"].Properties.Single(p => p.WireName == "type").Schema.Name);
        var crs = schemas["CrsCode"].Crs!;
        Assert.Equal("urn:ogc:def:crs:EPSG::", crs.UrnPrefix);
        Assert.Equal([4326], crs.Codes);
        Assert.Equal([new ApiCodeRange(32601, 32660), new ApiCodeRange(32701, 32760)], crs.Ranges);
        var isAmountEstimated = schemas["Price"].Properties.Single(p => p.WireName == "isAmountEstimated").Schema;
        Assert.Equal(("bool", false), (isAmountEstimated.ClrType, isAmountEstimated.IsStringEnum));
    }

    [Fact]
    public void DataCosmosFieldRulesAreRead()
    {
        var schemas = Parse(SpecFiles.DataCosmos).Schemas.ToDictionary(s => s.Name!);

        Assert.Equal(["geometry", "project_id"], Assert.Single(schemas["OrderLineItem"].RequiresTogether));
        Assert.Equal("true", schemas["License"].Properties.Single(p => p.WireName == "accepted").Schema.MustEqualJson);
        Assert.Equal(["UNPAID", "PAID", "CANCELLED"], schemas["OrderStatus"].EnumValues.Select(v => v.WireValue));
    }

    [Fact]
    public void ContentHashIgnoresFormattingAndFollowsContent()
    {
        var spec = Parse(SpecFiles.DataCosmos);

        Assert.Matches("^[0-9a-f]{64}$", spec.ContentHash);
        Assert.Equal(spec.ContentHash, Parse("# comment\n" + SpecFiles.DataCosmos).ContentHash);
        Assert.NotEqual(spec.ContentHash, Parse(SpecFiles.DataCosmos.Replace("UNPAID", "UNPAYED", StringComparison.Ordinal)).ContentHash);
    }

    private static ApiSpec Parse(string content)
    {
        var result = SpecParser.Parse(new SpecInput(SpecFiles.TestSpecPath, content, "Test.Vendor", "TestClient"), CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Value!;
    }

    /// <summary>An independent YAML → JSON conversion (System.Text.Json nodes), indented, so lines and styles differ.</summary>
    private static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToNode(stream.Documents[0].RootNode)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, ToNode(e.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToNode).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !scalar.Value!.StartsWith('.') => JsonNode.Parse(scalar.Value),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentException("unexpected YAML node " + node.NodeType),
    };
}
