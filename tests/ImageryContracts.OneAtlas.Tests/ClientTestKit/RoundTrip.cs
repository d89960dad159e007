using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.ClientTestKit;

/// <summary>Round trips of fixtures through generated models: read with Kiota's JSON parse node, write back, compare.</summary>
public static class RoundTrip
{
    /// <summary>A reader of JSON into the model a factory creates.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="factory">The model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <returns>The reader.</returns>
    public static Func<string, Task<IParsable>> Parser<T>(ParsableFactory<T> factory)
        where T : IParsable =>
        async json => await KiotaJson.ParseAsync(json, factory);

    /// <summary>Fails unless the fixture reads into its model and writes back to equivalent JSON.</summary>
    /// <param name="fixture">The fixture's path under <c>fixtures/</c>.</param>
    /// <param name="parser">The reader of its model.</param>
    /// <returns>The assertion's task.</returns>
    public static async Task AssertWritesBackTheSameJsonAsync(string fixture, Func<string, Task<IParsable>> parser)
    {
        var json = Fixtures.Read(fixture);

        var model = await parser(json);

        JsonAssert.Equivalent(json, KiotaJson.Serialize(model));
    }

    /// <summary>Fails when a fixture of the vendor has no round trip in the table.</summary>
    /// <param name="vendor">The vendor folder.</param>
    /// <param name="table">The fixtures with a round trip.</param>
    public static void AssertEveryFixtureIsCovered(string vendor, IReadOnlyDictionary<string, Func<string, Task<IParsable>>> table) =>
        Assert.All(Fixtures.All(vendor), fixture => Assert.True(table.ContainsKey(fixture), $"{fixture} has no round trip; add it to the test's table."));
}
