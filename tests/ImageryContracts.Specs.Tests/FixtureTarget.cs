namespace ImageryContracts.Specs.Tests;

/// <summary>
/// Where a fixture belongs in its spec: the operation, and either its request body (<paramref name="Status"/> null)
/// or the response with that status key.
/// </summary>
/// <param name="Fixture">Path under <c>tests/fixtures/</c>, starting with the vendor folder.</param>
/// <param name="Path">The spec path of the operation.</param>
/// <param name="Method">The HTTP method, lower case as in the spec.</param>
/// <param name="Status">The response key (<c>200</c>, <c>4XX</c>), or null for the request body.</param>
public sealed record FixtureTarget(string Fixture, string Path, string Method, string? Status)
{
    public string Vendor => Fixture[..Fixture.IndexOf('/', StringComparison.Ordinal)];

    public string FullPath => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", Fixture);

    public string Json => File.ReadAllText(FullPath);

    public override string ToString() => $"{Fixture} as {(Status is null ? "request of" : Status + " response of")} {Method.ToUpperInvariant()} {Path}";
}
