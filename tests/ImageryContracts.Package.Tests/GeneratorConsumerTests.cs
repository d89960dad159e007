using System.Xml.Linq;
using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Package.Tests;

/// <summary>
/// A team generates its own client from its own copy of a vendor spec with <c>ImageryContracts.Generators</c>: the
/// types appear on the first build, and an edit to the spec appears on the next build with no other step.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class GeneratorConsumerTests(PackedKit kit, SharedConsumer consumer) : IClassFixture<SharedConsumer>
{
    private const string SpecFile = "specs/oneatlas.yaml";

    private const string ClientCall = """
        using Consumer.OneAtlas;
        using Consumer.OneAtlas.Models;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        var client = new TeamOneAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()));
        var request = client.Api.V1.Orders[Guid.Empty].ToGetRequestInformation();
        Console.WriteLine($"{request.HttpMethod} {request.URI} {OrderStatus.Delivered.ToWireValue()}");
        """;

    // Compiles only once the spec has a `cancelled` order status and a /history operation under an order.
    private const string UsesEditedSpec = """
        using Consumer.OneAtlas;
        using Consumer.OneAtlas.Models;

        internal static class UsesEditedSpec
        {
            public static string Describe(TeamOneAtlasClient client) =>
                $"{client.Api.V1.Orders[Guid.Empty].History.ToGetRequestInformation().URI} {OrderStatus.Cancelled.ToWireValue()}";
        }
        """;

    [Fact]
    public void OwnSpecBecomesAClientForNet8AndNet10()
    {
        Consumer().AssertBuiltAndRan(["net8.0", "net10.0"], $"GET https://data.api.oneatlas.airbus.com/api/v1/orders/{Guid.Empty} delivered");
    }

    [Fact]
    public void SpecEditReachesTheCodeOnTheNextBuildAlone()
    {
        var project = Consumer().Project;
        var spec = Path.Combine(project.Directory, SpecFile);

        var before = project.Build("--no-restore", "-f", "net10.0", "-p:ConsumerCase=EditedSpec");
        SpecEdits.AddEnumValue(spec, "OrderStatus", "cancelled", "Cancelled");
        SpecEdits.AddPathLike(spec, "/api/v1/orders/{orderId}", "/api/v1/orders/{orderId}/history", "History");
        var after = project.Build("--no-restore", "-f", "net10.0", "-p:ConsumerCase=EditedSpec");
        var again = project.Build("--no-restore", "-f", "net10.0", "-p:ConsumerCase=EditedSpec", "-v:n");

        Assert.False(before.Succeeded, before.ToString());
        Assert.Contains(before.Diagnostics, d => d.Severity == "error" && d.Message.Contains("'History'", StringComparison.Ordinal));
        Assert.Contains(before.Diagnostics, d => d.Severity == "error" && d.Message.Contains("'Cancelled'", StringComparison.Ordinal));
        Assert.True(after.Succeeded, after.ToString());
        Assert.True(again.Succeeded, again.ToString());
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
    }

    private ConsumerStart Consumer() => consumer.GetOrCreate(() =>
    {
        var project = kit.CreateConsumer("GeneratorConsumer");
        project.SetTargetFrameworks("net8.0;net10.0");
        project.AddPackage("ImageryContracts.Generators", kit.Version);
        project.AddPackage("ImageryContracts.Core", kit.Version);
        foreach (var serializer in new[] { "Json", "Text", "Form", "Multipart" })
        {
            var id = $"Microsoft.Kiota.Serialization.{serializer}";
            project.AddPackage(id, CentralPackageVersions.Of(id));
        }

        project.WriteFile(SpecFile, File.ReadAllText(Path.Combine(kit.Repository, "specs", "oneatlas", "oneatlas.yaml")));
        project.AddItem(new XElement(
            "ImageryContract",
            new XAttribute("Include", SpecFile),
            new XAttribute("Namespace", "Consumer.OneAtlas"),
            new XAttribute("ClientName", "TeamOneAtlasClient")));
        project.WriteFile("Program.cs", ClientCall);
        project.WriteFile(Path.Combine("Cases", "EditedSpec", "UsesEditedSpec.cs"), UsesEditedSpec);
        return ConsumerStart.Of(project);
    });
}
