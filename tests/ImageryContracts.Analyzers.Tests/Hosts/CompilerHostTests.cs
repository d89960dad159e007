using ImageryContracts.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Tests.Hosts;

/// <summary>
/// The two test projects run the same tests on two compilers; these checks prove each one runs on the compiler it
/// names and sees that compiler's operation tree, so a test passing on both has seen both trees.
/// </summary>
public sealed class CompilerHostTests
{
    [Fact]
    public void The_loaded_compiler_is_the_one_the_project_names()
    {
        Assert.Equal((CompilerHost.Expected.Major, CompilerHost.Expected.Minor), (CompilerHost.Loaded.Major, CompilerHost.Loaded.Minor));
    }

    [Fact]
    public void A_collection_expression_is_an_operation_of_this_hosts_kind_with_its_elements_as_children()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            using System.Collections.Generic;
            class C { List<List<double>> Ring = [[1.5, 2], [3.0, 4.0]]; }
            """);
        var compilation = CSharpCompilation.Create(
            "Host",
            [tree],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(List<>).Assembly.Location)]);
        var model = compilation.GetSemanticModel(tree);
        var outer = tree.GetRoot().DescendantNodes().OfType<CollectionExpressionSyntax>().First();

        var collection = model.GetOperation(outer)!;

        Assert.Equal(CompilerHost.HasCollectionExpressionOperation ? "CollectionExpression" : "None", collection.Kind.ToString());
        Assert.Equal(CompilerHost.HasCollectionExpressionOperation ? 127 : 0, (int)collection.Kind);
        var rings = collection.ChildOperations.ToList();
        Assert.Equal(2, rings.Count);
        var firstRing = ((IConversionOperation)rings[0]).Operand;
        Assert.IsType<CollectionExpressionSyntax>(firstRing.Syntax);
        Assert.Equal(new[] { 1.5, 2.0 }, firstRing.ChildOperations.Select(n => (double)n.ConstantValue.Value!));
    }
}
