using ImageryContracts.Analyzers.Build.Tests.Infrastructure;
using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Analyzers.Build.Tests;

/// <summary>
/// A vendor spec edit, a renamed property and a value the vendor dropped, changes generated public members; the public
/// API analyzers see them in a real build (RS0016 for the new member, RS0017 for the ones gone), each diagnostic naming
/// its member, until the change is recorded. Once for the kit's own OneAtlas package (errors, then
/// scripts/record-public-api.sh), once for a team's own client generated from its spec copy (warnings, then
/// <c>dotnet format</c>). Every restore reads this machine's package cache alone, so nothing is downloaded.
/// </summary>
public sealed class PublicApiDriftTests
{
    private const string Unshipped = "PublicAPI.Unshipped.txt";

    [Fact]
    public void A_spec_edit_fails_the_OneAtlas_build_naming_each_changed_generated_member_until_the_script_records_it()
    {
        using var folder = new ScratchFolder();
        var repository = Path.Combine(folder.Path, "repository");
        RepositorySnapshot.Create(repository);
        var projectFolder = Path.Combine(repository, "src", "ImageryContracts.OneAtlas");
        var project = Path.Combine(projectFolder, "ImageryContracts.OneAtlas.csproj");
        var recordedBefore = File.ReadAllLines(Path.Combine(projectFolder, Unshipped));
        EditSpec(Path.Combine(repository, "specs", "oneatlas", "oneatlas.yaml"));
        var offline = OfflineRestore(repository);

        var drifted = DotNetCli.Execute(repository, offline, "dotnet", "build", project, "-f", "net10.0", "-nologo", "-tl:off", "-nodeReuse:false");
        // The script ends with a real build of the project, every target framework, which must pass for it to succeed.
        var record = DotNetCli.Execute(repository, offline, Path.Combine(repository, "scripts", "record-public-api.sh"), project);

        Assert.False(drifted.Succeeded, drifted.ToString());
        Assert.All(drifted.Diagnostics.Where(d => d.Severity == "error"), d => Assert.True(d.Id is "RS0016" or "RS0017", d.ToString()));
        AssertNamesExactlyTheChangedMembers(drifted, "error", "ImageryContracts.OneAtlas");
        Assert.True(record.Succeeded, record.ToString());
        Assert.Contains("Build succeeded.", record.Output, StringComparison.Ordinal);

        // The record is the diff a reviewer reads: exactly the changed members, every other line kept.
        var recordedAfter = File.ReadAllLines(Path.Combine(projectFolder, Unshipped));
        Assert.Equal(
            ["ImageryContracts.OneAtlas.Models.ImageFormat.GeoTiff = 1 -> ImageryContracts.OneAtlas.Models.ImageFormat", .. Accessors("ImageryContracts.OneAtlas", "Method")],
            WithoutContentHash(recordedBefore.Except(recordedAfter)));
        Assert.Equal(Accessors("ImageryContracts.OneAtlas", "HttpMethod"), WithoutContentHash(recordedAfter.Except(recordedBefore)));
    }

    [Fact]
    public void A_team_that_generates_its_own_client_tracks_it_with_the_same_analyzer_and_records_it_with_dotnet_format()
    {
        using var folder = new ScratchFolder();
        var spec = folder.Write("specs/oneatlas.yaml", File.ReadAllText(RepositoryPaths.Combine("specs", "oneatlas", "oneatlas.yaml")));
        folder.Write("PublicAPI.Shipped.txt", "#nullable enable\n");
        folder.Write(Unshipped, "#nullable enable\n");
        var project = folder.Write("Team.csproj", TeamProject());
        var offline = OfflineRestore(folder.Path);

        var record = DotNetCli.Execute(
            folder.Path, offline, "dotnet", "format", "analyzers", project, "--diagnostics", "RS0016", "--severity", "warn", "--include-generated");
        EditSpec(spec);
        var drifted = DotNetCli.Execute(folder.Path, offline, "dotnet", "build", project, "--no-restore", "-nologo", "-tl:off", "-nodeReuse:false");

        Assert.True(record.Succeeded, record.ToString());
        Assert.Contains("Team.OneAtlas.Models.Link.Method.get -> string?", File.ReadAllLines(Path.Combine(folder.Path, Unshipped)));
        // Warnings in a team's build, as the analyzer ships them, unless the team makes warnings errors. Only the
        // changed members are named, so the recording had every other generated member.
        Assert.True(drifted.Succeeded, drifted.ToString());
        AssertNamesExactlyTheChangedMembers(drifted, "warning", "Team.OneAtlas");
    }

    // The vendor renames a link's `method` to `httpMethod` and stops delivering GeoTIFF.
    private static void EditSpec(string spec)
    {
        SpecEdits.RenameProperty(spec, "Link", "method", "httpMethod");
        SpecEdits.RemoveEnumValue(spec, "ImageFormat", "image/geotiff");
    }

    // RS0016 on each new member, in the generator's file for its model; RS0017 on each member gone, at its line in the
    // API file. Any content edit also changes the spec's recorded hash, so that constant is named too.
    private static void AssertNamesExactlyTheChangedMembers(CommandResult build, string severity, string clientNamespace)
    {
        var api = build.Diagnostics.Where(d => d.Id is "RS0016" or "RS0017").ToList();
        Assert.All(api, d => Assert.Equal(severity, d.Severity));
        Assert.All(api.Where(d => d.Id == "RS0016" && !IsContentHash(d.Message)), d => Assert.EndsWith($"{clientNamespace}.Models.Link.g.cs", d.File, StringComparison.Ordinal));
        Assert.All(api.Where(d => d.Id == "RS0017"), d => Assert.EndsWith(Unshipped, d.File, StringComparison.Ordinal));
        string[] expected =
        [
            .. Accessors(clientNamespace, "HttpMethod").Select(member => $"RS0016 {member}"),
            $"RS0016 const {clientNamespace}.SpecInfo.ContentHash",
            $"RS0017 const {clientNamespace}.SpecInfo.ContentHash",
            $"RS0017 {clientNamespace}.Models.ImageFormat.GeoTiff = 1 -> {clientNamespace}.Models.ImageFormat",
            .. Accessors(clientNamespace, "Method").Select(member => $"RS0017 {member}"),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), api.Select(d => $"{d.Id} {NamedMember(d.Message)}").Order(StringComparer.Ordinal));
    }

    // "Symbol 'MEMBER' is not part of the declared public API" / "Symbol 'MEMBER' is part of the declared API, …";
    // the hash's value is left out, since it follows the spec's content.
    private static string NamedMember(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal) + 1;
        var member = message[start..message.IndexOf("' is ", start, StringComparison.Ordinal)];
        return IsContentHash(member) ? member[..member.IndexOf(" = ", StringComparison.Ordinal)] : member;
    }

    private static bool IsContentHash(string text) => text.Contains(".SpecInfo.ContentHash = ", StringComparison.Ordinal);

    private static string[] Accessors(string clientNamespace, string property) =>
        [$"{clientNamespace}.Models.Link.{property}.get -> string?", $"{clientNamespace}.Models.Link.{property}.set -> void"];

    private static string[] WithoutContentHash(IEnumerable<string> lines) =>
        lines.Where(line => !IsContentHash(line)).Order(StringComparer.Ordinal).ToArray();

    // The machine's package cache as the only source: the repository's restore filled it, and nothing else is asked.
    private static Dictionary<string, string> OfflineRestore(string directory) => new()
    {
        ["RestoreSources"] = MachineNuGet.GlobalPackagesFolder(directory),
    };

    // Referenced as the ImageryContracts.Generators and ImageryContracts.Core packages would be: the generator's
    // buildTransitive files, its assemblies as analyzers, the runtime assemblies the generated client compiles against.
    private static string TeamProject()
    {
        var buildTransitive = RepositoryPaths.Combine("generators", "ImageryContracts.Generators", "buildTransitive", "ImageryContracts.Generators");
        var analyzerVersion = CentralPackageVersions.Of("Microsoft.CodeAnalysis.PublicApiAnalyzers");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{buildTransitive}.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ImageryContract Include="specs/oneatlas.yaml" Namespace="Team.OneAtlas" ClientName="TeamOneAtlasClient" />
                <PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" Version="{analyzerVersion}" PrivateAssets="all" />
            {KitBuildOutput.References("ImageryContracts.Core", "Microsoft.Kiota.Abstractions", "Microsoft.Kiota.Serialization.Json", "Microsoft.Kiota.Serialization.Text", "Microsoft.Kiota.Serialization.Form", "Microsoft.Kiota.Serialization.Multipart")}
            {KitBuildOutput.Analyzers("generators")}
              </ItemGroup>
              <Import Project="{buildTransitive}.targets" />
            </Project>
            """;
    }
}
