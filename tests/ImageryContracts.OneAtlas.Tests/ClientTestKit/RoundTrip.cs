using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.ClientTestKit;

/// <summary>
/// Round trips of fixtures through generated models: read, write back, compare, once through the kit's JSON factories
/// (what the generated client uses) and once through Kiota's own (the models' Kiota contract).
/// </summary>
public static class RoundTrip
{
    /// <summary>A reader of JSON into the model a factory creates.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="factory">The model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <returns>The reader.</returns>
    public static Func<string, bool, Task<IParsable>> Parser<T>(ParsableFactory<T> factory)
        where T : IParsable =>
        async (json, kiotas) => await KiotaJson.ParseAsync(json, factory, kiotas);

    /// <summary>Fails unless the fixture reads into its model and writes back to equivalent JSON.</summary>
    /// <param name="fixture">The fixture's path under <c>fixtures/</c>.</param>
    /// <param name="parser">The reader of its model.</param>
    /// <returns>The assertion's task.</returns>
    public static async Task AssertWritesBackTheSameJsonAsync(string fixture, Func<string, bool, Task<IParsable>> parser)
    {
        var json = Fixtures.Read(fixture);

        var model = await parser(json, false);
        var kiotas = await parser(json, true);

        JsonAssert.Equivalent(json, KiotaJson.Serialize(model));
        JsonAssert.Equivalent(json, KiotaJson.Serialize(kiotas, kiotas: true));
    }

    /// <summary>
    /// Fails unless every type mutation of <paramref name="json"/> (each value replaced by every listed value of each
    /// other JSON type, <see cref="JsonGen.TypeMutations"/>) reads into the model without a throw and writes back to
    /// equivalent JSON.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="json">The payload to mutate.</param>
    /// <param name="factory">The model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <returns>How many mutations were read, for the caller to check the payload was mutated enough.</returns>
    public static async Task<int> AssertEveryTypeMutationWritesBackAsync<T>(string json, ParsableFactory<T> factory)
        where T : IParsable
    {
        var count = 0;
        foreach (var (_, mutated) in JsonGen.TypeMutations(json))
        {
            var model = await KiotaJson.ParseAsync(mutated, factory);

            JsonAssert.Equivalent(mutated, KiotaJson.Serialize(model));
            count++;
        }

        return count;
    }

    /// <summary>Fails when a fixture of the vendor has no round trip in the table.</summary>
    /// <param name="vendor">The vendor folder.</param>
    /// <param name="table">The fixtures with a round trip.</param>
    public static void AssertEveryFixtureIsCovered(string vendor, IReadOnlyDictionary<string, Func<string, bool, Task<IParsable>>> table) =>
        Assert.All(Fixtures.All(vendor), fixture => Assert.True(table.ContainsKey(fixture), $"{fixture} has no round trip; add it to the test's table."));
}
