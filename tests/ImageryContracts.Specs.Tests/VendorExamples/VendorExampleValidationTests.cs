using NJsonSchema.Validation;

namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>Every recorded vendor example that is JSON validates against the spec body it was recorded as.</summary>
public sealed class VendorExampleValidationTests
{
    public static TheoryData<string> Vendors => new(VendorExampleFiles.Vendors());

    public static TheoryData<string, string> MappedExamples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var vendor in VendorExampleFiles.Vendors())
            {
                foreach (var file in VendorExampleFiles.FilesOf(vendor).Where(f => VendorExampleFiles.MappingOf(vendor)?.Targets.ContainsKey(f) == true))
                {
                    data.Add(vendor, file);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Both_vendors_examples_are_found()
    {
        Assert.Equal(["datacosmos", "oneatlas"], VendorExampleFiles.Vendors());
        Assert.All(VendorExampleFiles.Vendors(), vendor => Assert.NotEmpty(VendorExampleFiles.FilesOf(vendor)));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Every_json_example_of_the_vendor_is_mapped_to_its_spec_body(string vendor)
    {
        var mapping = VendorExampleFiles.MappingOf(vendor);
        var files = VendorExampleFiles.FilesOf(vendor).ToList();

        var unmapped = files.Where(f => mapping?.Targets.ContainsKey(f) != true).ToList();
        var stale = mapping?.Targets.Keys.Except(files).ToList() ?? [];

        Assert.True(unmapped.Count == 0, $"{vendor}: no spec body for {string.Join(", ", unmapped)}; add a row to the vendor's mapping in tests/ImageryContracts.Specs.Tests/VendorExamples/.");
        Assert.True(stale.Count == 0, $"{vendor}: the mapping names files that are not in the examples folder: {string.Join(", ", stale)}.");
    }

    [Theory]
    [MemberData(nameof(MappedExamples))]
    public async Task A_recorded_example_validates_against_its_spec_body(string vendor, string file)
    {
        var target = VendorExampleFiles.MappingOf(vendor)!.Targets[file];

        var errors = await FixtureValidator.ValidateAsync(
            vendor, target.Body, VendorExampleFiles.Read(vendor, file), error => !(target.IsExcerpt && error.Kind == ValidationErrorKind.PropertyRequired));

        Assert.True(errors.Count == 0, $"{vendor}/{file} as {target.Body}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Fact]
    public async Task An_excerpt_still_fails_on_a_member_of_the_wrong_type()
    {
        var target = OneAtlasExamples.Mapping.Targets["order-delivery-delivered-links.vendor-doc-excerpt.json"];
        var broken = VendorExampleFiles.Read("oneatlas", "order-delivery-delivered-links.vendor-doc-excerpt.json").Replace("\"sensor\": \"PHR\"", "\"sensor\": \"PLEIADES\"", StringComparison.Ordinal);

        var errors = await FixtureValidator.ValidateAsync("oneatlas", target.Body, broken, error => error.Kind != ValidationErrorKind.PropertyRequired);

        Assert.Contains(errors, e => e.Contains("sensor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_captured_feature_whose_link_is_neither_a_link_nor_a_list_fails()
    {
        var json = VendorExampleFiles.Read("oneatlas", "search-response-v1-get-bbox-sf-2020.capture-excerpt.json");
        var broken = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        broken["features"]![1]!["_links"]!["imagesWms"] = "https://example.invalid/wms";
        broken["features"]![2]!["properties"]!.AsObject().Remove("id");

        var errors = await FixtureValidator.ValidateAsync("oneatlas", SpecBody.Response("get", "/api/v2/opensearch", "200"), broken.ToJsonString(), _ => true);

        Assert.Contains(errors, e => e.Contains("imagesWms", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("PropertyRequired", StringComparison.Ordinal) && e.Contains("features[2].properties", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reference_search_body_with_its_malformed_time_validates_because_ranges_are_strings()
    {
        var json = VendorExampleFiles.Read("oneatlas", "search-request-v2-post-pneo.REF-example.json");

        var errors = await FixtureValidator.ValidateAsync("oneatlas", SpecBody.Request("post", "/api/v2/opensearch"), json, _ => true);

        Assert.Contains("00:00:000Z", json, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_stac_search_page_whose_price_is_a_number_fails_naming_the_price()
    {
        var broken = VendorExampleFiles.Read("datacosmos", "001_search_simple.results.json")
            .Replace("\"platform\": \"sentinel-2a\",", "\"platform\": \"sentinel-2a\", \"opencosmos:price\": 12.5,", StringComparison.Ordinal);

        var errors = await FixtureValidator.ValidateAsync("datacosmos", DataCosmosExamples.SearchPage, broken, _ => true);

        Assert.Contains(errors, error => error.Contains("opencosmos:price", StringComparison.Ordinal));
    }
}
