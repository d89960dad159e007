using ImageryContracts.ClientTestKit;
using ImageryContracts.OneAtlas.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// The catalogue's wire shapes, read through the generated models with Kiota's JSON parse node: links that are one
/// object or a list, covers that are whole or fractional numbers, date-times without an offset or with nine fraction
/// digits, and coordinates at the edges of the double range.
/// </summary>
public sealed class ClientWireShapeTests
{
    private const string Capture = "search-response-v1-get-bbox-sf-2020.capture-excerpt.json";

    [Fact]
    public async Task A_link_sent_as_one_object_reads_as_one_and_a_bundles_links_as_a_list()
    {
        var page = await KiotaJson.ParseAsync(VendorExamples.Read(Capture), SearchResponse.CreateFromDiscriminatorValue);

        var album = page.Features![0].Links!.ImagesWms!;
        var bundle = page.Features[1].Links!.ImagesWms!;

        Assert.False(album.IsList);
        Assert.Equal("18315065-05f0-4a5b-80c7-52790fd6f701", Assert.Single(album).ResourceId);
        Assert.True(bundle.IsList);
        Assert.Equal(["multispectral", "panchromatic"], bundle.Select(link => link.Name));
    }

    [Fact]
    public async Task Each_link_is_written_back_in_the_form_it_came_in()
    {
        var links = await KiotaJson.ParseAsync(
            """{"quicklook":{"href":"https://a/q"},"imagesWms":[{"href":"https://a/1"},{"href":"https://a/2"}],"download":[]}""",
            CatalogItemLinks.CreateFromDiscriminatorValue);

        var json = KiotaJson.Serialize(links);

        Assert.Contains("\"quicklook\":{\"href\":\"https://a/q\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"imagesWms\":[{\"href\":\"https://a/1\"},{\"href\":\"https://a/2\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"download\":[]", json, StringComparison.Ordinal);
        Assert.True(links.Download!.IsList);
        Assert.Empty(links.Download);
    }

    [Fact]
    public async Task A_link_that_is_neither_an_object_nor_a_list_is_kept_as_sent()
    {
        var links = await KiotaJson.ParseAsync("""{"wms":"https://a/wms"}""", CatalogItemLinks.CreateFromDiscriminatorValue);

        Assert.Null(links.Wms);
        Assert.Equal("https://a/wms", Assert.IsType<UntypedString>(links.AdditionalData["wms"]).GetValue());
        Assert.Contains("\"wms\":\"https://a/wms\"", KiotaJson.Serialize(links), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cover_sent_as_a_whole_number_or_with_a_fraction_reads_as_the_same_double()
    {
        var page = await KiotaJson.ParseAsync(VendorExamples.Read(Capture), SearchResponse.CreateFromDiscriminatorValue);

        Assert.Equal(84.8, page.Features![0].Properties!.CloudCover);
        Assert.Equal(0.0, page.Features[1].Properties!.CloudCover);
        Assert.Contains("\"cloudCover\":0,", KiotaJson.Serialize(page.Features[1].Properties!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nine_fraction_digits_read_to_the_tick_and_are_written_back_as_sent()
    {
        var properties = await KiotaJson.ParseAsync("""{"id":"fd50a02e-f073-4abe-83b3-d946f9bbd290","publicationDate":"2020-04-02T20:08:25.178876813Z"}""", CatalogItemProperties.CreateFromDiscriminatorValue);

        Assert.Equal(new DateTimeOffset(2020, 4, 2, 20, 8, 25, TimeSpan.Zero).AddTicks(1788768), properties.PublicationDate);
        Assert.Contains("\"publicationDate\":\"2020-04-02T20:08:25.178876813Z\"", KiotaJson.Serialize(properties), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_set_in_code_replaces_the_wire_text()
    {
        var properties = await KiotaJson.ParseAsync("""{"id":"fd50a02e-f073-4abe-83b3-d946f9bbd290","processingDate":"2020-04-02T19:30:32.373"}""", CatalogItemProperties.CreateFromDiscriminatorValue);

        properties.ProcessingDate = new DateTimeOffset(2021, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));

        var written = System.Text.Json.Nodes.JsonNode.Parse(KiotaJson.Serialize(properties))!["processingDate"]!.GetValue<string>();
        Assert.Equal("2021-01-02T03:04:05.0000000+02:00", written);
    }

    [Fact]
    public async Task Coordinates_read_as_the_exact_doubles_of_their_text()
    {
        var polygon = await KiotaJson.ParseAsync(
            """{"type":"Polygon","coordinates":[[[1e-30,1e300],[0.1,2147483648],[-4.25,3e2],[1.2345678901234567890123456789012e31,7]]]}""",
            CatalogPolygon.CreateFromDiscriminatorValue);

        Assert.Equal(
            [[1e-30, 1e300], [0.1, 2147483648], [-4.25, 300], [1.2345678901234567890123456789012e31, 7]],
            Assert.Single(polygon.Coordinates!));
    }

    [Fact]
    public async Task A_coordinate_that_is_not_a_number_is_kept_raw_where_kiotas_reader_throws()
    {
        const string Json = """{"type":"Polygon","coordinates":[[[1,"north"]]]}""";

        var polygon = await KiotaJson.ParseAsync(Json, CatalogPolygon.CreateFromDiscriminatorValue);

        Assert.Null(polygon.Coordinates);
        JsonAssert.Equivalent(Json, KiotaJson.Serialize(polygon));
        Assert.Contains(
            "Expected a double",
            (await Assert.ThrowsAsync<FormatException>(() => KiotaJson.ParseAsync(Json, CatalogPolygon.CreateFromDiscriminatorValue, kiotas: true))).Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Constellation.Spot, Sensor.Spot)]
    [InlineData(Constellation.Pleiades, Sensor.Pleiades)]
    [InlineData(Constellation.PleiadesNeo, Sensor.PleiadesNeo)]
    public void A_constellation_names_the_sensor_the_spec_maps_it_to(Constellation constellation, Sensor sensor) =>
        Assert.Equal(sensor, constellation.ToSensor());
}
