using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Package.Tests;

/// <summary>
/// A team adds only <c>ImageryContracts.OneAtlas</c> to a fresh console project targeting net8.0 and net10.0: the
/// client compiles and runs, and the analyzers arrive through the package's dependency, in plain <c>dotnet build</c>
/// output, with their severities under the team's control.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerConsumerTests(PackedKit kit, SharedConsumer consumer) : IClassFixture<SharedConsumer>
{
    private const string ClientCall = """
        using ImageryContracts.OneAtlas;
        using ImageryContracts.OneAtlas.Models;
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;

        var client = new OneAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()));
        var request = client.Api.V1.Prices.ToPostRequestInformation(new OrderRequest
        {
            Kind = OrderKind.DataProduct,
            Products = [new Product { ProductType = ProductType.Bundle, RadiometricProcessing = RadiometricProcessing.Reflectance, CrsCode = CrsCode.Wgs84 }],
        });
        Console.WriteLine($"{request.HttpMethod} {request.URI}");
        """;

    // BASIC16 is SPOT and Pléiades only; the sensor is Pléiades Neo. Both on one line: the diagnostic's line is this one.
    private const string Basic16OnPleiadesNeo = """
        using ImageryContracts.OneAtlas.Models;
        using ImageryContracts.OneAtlas.Validation;

        internal static class Basic16OnPleiadesNeo
        {
            public static bool Check() =>
                OneAtlasValidator.ValidateProductRequest(radiometricProcessing: RadiometricProcessing.Basic16, sensor: Sensor.PleiadesNeo).IsValid;
        }
        """;

    // GB consumption: accepted today, being abandoned by the vendor (a warning, IMG1002).
    private const string GigabyteOrder = """
        using ImageryContracts.OneAtlas.Models;

        internal static class GigabyteOrder
        {
            public static OrderRequest Create() => new OrderRequest { Kind = OrderKind.DataGbProduct };
        }
        """;

    private const string SilenceIncompatibleEscalateDeprecated = """
        [*.cs]
        dotnet_diagnostic.IMG1001.severity = none
        dotnet_diagnostic.IMG1002.severity = error
        """;

    [Fact]
    public void ClientCallCompilesForNet8AndNet10AndRuns()
    {
        var start = Consumer();

        start.AssertBuiltAndRan(["net8.0", "net10.0"], "POST https://data.api.oneatlas.airbus.com/api/v1/prices");
        Assert.DoesNotContain(start.Build.Diagnostics, d => d.Id.StartsWith("IMG", StringComparison.Ordinal));
    }

    [Fact]
    public void Basic16WithPleiadesNeoIsIMG1001AtItsFileAndLine()
    {
        var project = Consumer().Project;

        var build = BuildCase(project, "Incompatible");

        Assert.False(build.Succeeded, build.ToString());
        var expectedFile = Path.Combine(project.Directory, "Cases", "Incompatible", "Basic16OnPleiadesNeo.cs");
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == "IMG1001" && d.File == expectedFile);
        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal(LineOf(Basic16OnPleiadesNeo, "RadiometricProcessing.Basic16"), diagnostic.Line);
        Assert.Contains("BASIC16", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("PNEO", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeprecatedKindIsAWarningThatWarnAsErrorTurnsIntoAFailure()
    {
        var project = Consumer().Project;

        var lenient = BuildCase(project, "Deprecated");
        var strict = BuildCase(project, "Deprecated", "-warnaserror");

        Assert.True(lenient.Succeeded, lenient.ToString());
        Assert.Contains(lenient.Diagnostics, d => d is { Id: "IMG1002", Severity: "warning" } && d.File.EndsWith("GigabyteOrder.cs", StringComparison.Ordinal));
        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Contains(strict.Diagnostics, d => d is { Id: "IMG1002", Severity: "error" } && d.File.EndsWith("GigabyteOrder.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void EditorConfigSilencesOneRuleAndEscalatesAnother()
    {
        var project = Consumer().Project;

        var build = BuildCase(project, "Configured");

        Assert.False(build.Succeeded, build.ToString());
        Assert.DoesNotContain(build.Diagnostics, d => d.Id == "IMG1001");
        Assert.Contains(build.Diagnostics, d => d is { Id: "IMG1002", Severity: "error" } && d.File.EndsWith("GigabyteOrder.cs", StringComparison.Ordinal));
    }

    private ConsumerStart Consumer() => consumer.GetOrCreate(() =>
    {
        var project = kit.CreateConsumer("OneAtlasConsumer");
        project.SetTargetFrameworks("net8.0;net10.0");
        project.AddPackage("ImageryContracts.OneAtlas", kit.Version);
        project.WriteFile("Program.cs", ClientCall);
        project.WriteFile(Path.Combine("Cases", "Incompatible", "Basic16OnPleiadesNeo.cs"), Basic16OnPleiadesNeo);
        project.WriteFile(Path.Combine("Cases", "Deprecated", "GigabyteOrder.cs"), GigabyteOrder);
        project.WriteFile(Path.Combine("Cases", "Configured", "Basic16OnPleiadesNeo.cs"), Basic16OnPleiadesNeo);
        project.WriteFile(Path.Combine("Cases", "Configured", "GigabyteOrder.cs"), GigabyteOrder);
        project.WriteFile(Path.Combine("Cases", "Configured", ".editorconfig"), SilenceIncompatibleEscalateDeprecated);
        return ConsumerStart.Of(project);
    });

    // A rebuild, for net10.0 only (the first build covers net8.0): an up-to-date compilation reports no warnings.
    private static CommandResult BuildCase(ConsumerProject project, string name, params string[] arguments) =>
        project.Build(["--no-restore", "--no-incremental", "-f", "net10.0", $"-p:ConsumerCase={name}", .. arguments]);

    private static int LineOf(string source, string text) =>
        source.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
