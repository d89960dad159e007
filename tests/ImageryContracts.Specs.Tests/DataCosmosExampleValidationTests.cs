namespace ImageryContracts.Specs.Tests;

/// <summary>
/// Every recorded DataCosmos payload in <c>../shared/vendor-facts/examples/datacosmos/</c> (copied beside the test
/// assembly under <c>examples/datacosmos/</c>) validates against the operation it was recorded from: three answers of
/// <c>POST /v0/stac/search</c> (vendor test data of 2023, two of them consecutive pages).
/// </summary>
public sealed class DataCosmosExampleValidationTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "examples", "datacosmos");

    private static readonly Dictionary<string, FixtureTarget> Targets = new(StringComparer.Ordinal)
    {
        ["001_search_simple.results.json"] = Search(),
        ["002_search_pagination.page_1.json"] = Search(),
        ["002_search_pagination.page_2.json"] = Search(),
    };

    public static TheoryData<string> Examples => [.. Directory.EnumerateFiles(Folder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_recorded_example_validates_against_its_operation(string example)
    {
        Assert.True(Targets.TryGetValue(example, out var target), $"{example} has no operation in {nameof(DataCosmosExampleValidationTests)}; add it to the table.");

        var errors = await FixtureValidator.ValidateAsync(target, File.ReadAllText(Path.Combine(Folder, example)));

        Assert.True(errors.Count == 0, $"{example} as {target}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Fact]
    public void Every_example_in_the_table_is_on_disk() =>
        Assert.All(Targets.Keys, example => Assert.True(File.Exists(Path.Combine(Folder, example)), $"{example} is missing from {Folder}."));

    [Fact]
    public async Task A_search_page_whose_price_is_a_number_fails_naming_the_price()
    {
        var json = File.ReadAllText(Path.Combine(Folder, "001_search_simple.results.json"))
            .Replace("\"platform\": \"sentinel-2a\",", "\"platform\": \"sentinel-2a\", \"opencosmos:price\": 12.5,", StringComparison.Ordinal);

        var errors = await FixtureValidator.ValidateAsync(Search(), json);

        Assert.Contains(errors, error => error.Contains("opencosmos:price", StringComparison.Ordinal));
    }

    private static FixtureTarget Search() => new("datacosmos/examples", "/v0/stac/search", "post", "200");
}
