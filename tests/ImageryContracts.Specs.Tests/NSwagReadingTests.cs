using NSwag;

namespace ImageryContracts.Specs.Tests;

/// <summary>Both specs read in NSwag.Core.Yaml, the reader the simulators' controllers are generated with.</summary>
public sealed class NSwagReadingTests
{
    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public async Task The_yaml_reads_and_every_reference_resolves(string vendor)
    {
        var document = await OpenApiYamlDocument.FromFileAsync(Spec.Named(vendor).YamlPath);

        Assert.NotEmpty(document.Operations);
        foreach (var (name, schema) in document.Components.Schemas)
        {
            Assert.True(schema.ActualSchema is not null, $"components.schemas.{name} does not resolve");
        }

        foreach (var operation in document.Operations)
        {
            var bodies = operation.Operation.ActualResponses.Values.SelectMany(r => r.Content.Values)
                .Concat(operation.Operation.RequestBody?.Content.Values ?? []);
            Assert.All(bodies, body => Assert.NotNull(body.Schema?.ActualSchema));
        }
    }
}
