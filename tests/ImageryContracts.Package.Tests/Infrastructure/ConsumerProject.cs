using System.Xml.Linq;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// A project made the way another team would make it: <c>dotnet new console</c> in a folder outside this repository
/// (so none of its Directory.Build files apply), with its own nuget.config, then edited like a user edits a csproj.
/// Source files under <c>Cases/NAME/</c> compile only in a build given <c>-p:ConsumerCase=NAME</c>.
/// </summary>
public sealed class ConsumerProject
{
    private ConsumerProject(string directory, string name)
    {
        Directory = directory;
        ProjectFile = Path.Combine(directory, $"{name}.csproj");
    }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>The project file.</summary>
    public string ProjectFile { get; }

    /// <summary>Creates the project from the console template and points its restore at the given sources only.</summary>
    /// <param name="directory">The folder to create it in.</param>
    /// <param name="name">The project name.</param>
    /// <param name="sources">The package sources, in order.</param>
    /// <returns>The project.</returns>
    public static ConsumerProject Create(string directory, string name, IEnumerable<string> sources)
    {
        System.IO.Directory.CreateDirectory(directory);
        var created = DotNetCli.Run(directory, "new", "console", "--name", name, "--output", directory, "--no-restore");
        Assert.True(created.Succeeded, created.ToString());

        new XDocument(new XElement(
            "configuration",
            new XElement(
                "packageSources",
                new XElement("clear"),
                sources.Select((source, index) => new XElement("add", new XAttribute("key", $"source{index}"), new XAttribute("value", source))))))
            .Save(Path.Combine(directory, "nuget.config"));

        var project = new ConsumerProject(directory, name);
        project.EditProject(root => root.Add(new XElement(
            "ItemGroup",
            new XElement("Compile", new XAttribute("Remove", "Cases/**")),
            new XElement("Compile", new XAttribute("Include", "Cases/$(ConsumerCase)/**/*.cs"), new XAttribute("Condition", "'$(ConsumerCase)' != ''")))));
        return project;
    }

    /// <summary>Replaces the template's single target framework with several.</summary>
    /// <param name="frameworks">The target frameworks, such as <c>net8.0;net10.0</c>.</param>
    public void SetTargetFrameworks(string frameworks) => EditProject(root =>
    {
        var single = root.Descendants("TargetFramework").Single();
        single.ReplaceWith(new XElement("TargetFrameworks", frameworks));
    });

    /// <summary>Adds a package reference.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="version">The exact version.</param>
    public void AddPackage(string id, string version) => EditProject(root => root.Add(new XElement(
        "ItemGroup",
        new XElement("PackageReference", new XAttribute("Include", id), new XAttribute("Version", version)))));

    /// <summary>Adds an item group element as a user would type it, such as an <c>ImageryContract</c> item.</summary>
    /// <param name="item">The item.</param>
    public void AddItem(XElement item) => EditProject(root => root.Add(new XElement("ItemGroup", item)));

    /// <summary>Writes a file of the project.</summary>
    /// <param name="relativePath">The path under the project folder.</param>
    /// <param name="content">The file's text.</param>
    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Runs <c>dotnet build</c> on the project, as a developer would, with the console logger.</summary>
    /// <param name="arguments">More arguments, such as <c>-warnaserror</c> or <c>-p:ConsumerCase=…</c>.</param>
    /// <returns>The build's result.</returns>
    public CommandResult Build(params string[] arguments) =>
        DotNetCli.Run(Directory, ["build", ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", .. arguments]);

    /// <summary>Runs the built program for one framework without building it again.</summary>
    /// <param name="framework">The target framework to run.</param>
    /// <returns>The run's result.</returns>
    public CommandResult Run(string framework) =>
        DotNetCli.Run(Directory, "run", "--project", ProjectFile, "--no-build", "--framework", framework);

    private void EditProject(Action<XElement> edit)
    {
        var document = XDocument.Load(ProjectFile);
        edit(document.Root!);
        document.Save(ProjectFile);
    }
}
