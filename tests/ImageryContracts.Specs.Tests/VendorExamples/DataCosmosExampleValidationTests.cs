namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>Every recorded DataCosmos example validates against the spec body it was recorded as, and a broken one fails naming the field.</summary>
public sealed class DataCosmosExampleValidationTests
{
    public static TheoryData<string> Examples => [.. Directory.EnumerateFiles(DataCosmosExamples.Folder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_recorded_example_validates_against_its_spec_body(string file)
    {
        Assert.True(DataCosmosExamples.Targets.TryGetValue(file, out var body), $"{file} has no spec body; add a row to {nameof(DataCosmosExamples)}.");

        var errors = await FixtureValidator.ValidateAsync(DataCosmosExamples.Vendor, body, DataCosmosExamples.Read(file), _ => true);

        Assert.True(errors.Count == 0, $"{file} as {body}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Fact]
    public void Every_mapped_example_is_on_disk() =>
        Assert.All(DataCosmosExamples.Targets.Keys, file => Assert.True(File.Exists(Path.Combine(DataCosmosExamples.Folder, file)), $"{file} is missing from {DataCosmosExamples.Folder}."));

    [Fact]
    public async Task A_search_page_whose_price_is_a_number_fails_naming_the_price()
    {
        var broken = DataCosmosExamples.Read("001_search_simple.results.json")
            .Replace("\"platform\": \"sentinel-2a\",", "\"platform\": \"sentinel-2a\", \"opencosmos:price\": 12.5,", StringComparison.Ordinal);

        var errors = await FixtureValidator.ValidateAsync(DataCosmosExamples.Vendor, DataCosmosExamples.SearchPage, broken, _ => true);

        Assert.Contains(errors, error => error.Contains("opencosmos:price", StringComparison.Ordinal));
    }
}
