using System.Reflection;
using ImageryContracts.Analyzers.Analyzers;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class DescriptorTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(RuleIds).Assembly;

    public static TheoryData<string> AnalyzerTypes() =>
        new(AnalyzerAssembly.GetTypes().Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null).Select(t => t.Name));

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        AnalyzerAssembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics);

    [Theory]
    [MemberData(nameof(AnalyzerTypes))]
    public void Every_descriptor_links_to_its_page_in_docs_diagnostics(string analyzerName)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerAssembly.GetTypes().Single(t => t.Name == analyzerName))!;
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            Assert.Equal($"https://github.com/imagerycontracts/imagerycontracts/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_rule_identifier_has_one_descriptor_and_a_doc_page()
    {
        var ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order()
            .ToList();
        Assert.Equal(["IMG1001", "IMG1002", "IMG1003", "IMG1004", "IMG1005", "IMG1006", "IMG1007"], ids);
        Assert.Equal(ids, AllDescriptors().Select(d => d.Id).Order());
        foreach (var id in ids)
        {
            Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        }
    }

    [Fact]
    public void The_unshipped_release_lists_every_rule_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "analyzers", "ImageryContracts.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(line => line.StartsWith("IMG", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0]);
        foreach (var descriptor in AllDescriptors())
        {
            Assert.Equal(descriptor.Category, rows[descriptor.Id][1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), rows[descriptor.Id][2]);
        }
    }

    [Fact]
    public void A_compilation_without_the_rule_attributes_gets_no_catalog()
    {
        var compilation = CSharpCompilation.Create(
            "NoVendor",
            [CSharpSyntaxTree.ParseText("class C { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        Assert.Null(RuleCatalog.For(compilation));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ImageryContracts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No ImageryContracts.sln above {AppContext.BaseDirectory}.");
    }
}
