using ImageryContracts.Analyzers.Build.Tests.Infrastructure;
using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Analyzers.Build.Tests;

/// <summary>
/// <c>dotnet format analyzers</c>, the SDK's own tool on the SDK's compiler, applies the IMG1001 fix to a consumer
/// project that references the analyzers as a package does (an <c>Analyzer</c> item per assembly) and the real
/// generated OneAtlas client.
/// </summary>
public sealed class DotNetFormatTests
{
    private const string Orders = """
        using System.Collections.Generic;
        using ImageryContracts.OneAtlas.Models;

        namespace Consumer;

        public static class Orders
        {
            public static Product Initializer() => new Product { ProductType = ProductType.BundleFs, RadiometricProcessing = RadiometricProcessing.Basic16 };

            public static OrderRequest CollectionExpression() => new()
            {
                Kind = OrderKind.DataProduct,
                Products = [new() { ProductType = ProductType.BundleFs, RadiometricProcessing = RadiometricProcessing.Basic16 }],
            };

            public static Product Statements()
            {
                var product = new Product();
                product.ProductType = ProductType.BundleFs;
                product.RadiometricProcessing = RadiometricProcessing.Basic16;
                return product;
            }
        }
        """;

    [Fact]
    public void Format_applies_the_IMG1001_fix_in_an_initializer_a_collection_expression_and_setup_statements()
    {
        using var folder = new ScratchFolder();
        var project = folder.Write("Consumer.csproj", ConsumerProject());
        var orders = folder.Write("Orders.cs", Orders);

        var format = DotNetCli.Run(folder.Path, "format", "analyzers", project, "--diagnostics", "IMG1001", "--severity", "error", "--verbosity", "normal");

        Assert.True(format.Succeeded, format.ToString());
        // The first fix offered swaps the Pléiades Neo product type for its SPOT/Pléiades alternative, which BASIC16 accepts.
        Assert.Equal(Orders.Replace("ProductType.BundleFs", "ProductType.Bundle", StringComparison.Ordinal), File.ReadAllText(orders));
    }

    private static string ConsumerProject() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
        {KitBuildOutput.References("ImageryContracts.OneAtlas", "ImageryContracts.Core", "Microsoft.Kiota.Abstractions")}
        {KitBuildOutput.Analyzers("analyzers")}
          </ItemGroup>
        </Project>
        """;
}
