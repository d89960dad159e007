using ImageryContracts.Analyzers.Analyzers;
using ImageryContracts.Analyzers.CodeFixes.Fixers;
using ImageryContracts.Analyzers.Tests.Infrastructure;

namespace ImageryContracts.Analyzers.Tests.CodeFixes;

public sealed class EnumMemberReplacementFixerTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Vendor.OneAtlas.Models;

        """;

    [Fact]
    public Task Basic16_becomes_Reflectance_for_Pleiades_Neo_products_fix_all_included()
    {
        var source = Usings + """
            class C
            {
                Product A() => new Product { ProductType = ProductType.BundleFs, RadiometricProcessing = [|RadiometricProcessing.Basic16|] };

                Product B() => new Product { ProductType = ProductType.PansharpenedFs, RadiometricProcessing = [|RadiometricProcessing.Basic16|] };
            }
            """;
        var fixedSource = Usings + """
            class C
            {
                Product A() => new Product { ProductType = ProductType.BundleFs, RadiometricProcessing = RadiometricProcessing.Reflectance };

                Product B() => new Product { ProductType = ProductType.PansharpenedFs, RadiometricProcessing = RadiometricProcessing.Reflectance };
            }
            """;
        return CodeFixVerifier<SensorCompatibilityAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource, "IMG1001:Reflectance");
    }

    [Fact]
    public Task Bundle_fs_becomes_bundle_to_keep_Basic16_and_the_fix_lands_on_the_const()
    {
        var source = Usings + """
            class C
            {
                const ProductType NeoBundle = ProductType.BundleFs;

                Product A() => new Product { RadiometricProcessing = RadiometricProcessing.Basic16, ProductType = [|NeoBundle|] };
            }
            """;
        var fixedSource = Usings + """
            class C
            {
                const ProductType NeoBundle = ProductType.Bundle;

                Product A() => new Product { RadiometricProcessing = RadiometricProcessing.Basic16, ProductType = NeoBundle };
            }
            """;
        return CodeFixVerifier<SensorCompatibilityAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource, "IMG1001:Bundle");
    }

    [Fact]
    public Task Pansharpened_fs_becomes_pansharpened_under_a_GB_order()
    {
        var source = Usings + """
            class C
            {
                OrderRequest O() => new OrderRequest
                {
                    Kind = OrderKind.DataGbProduct,
                    Products = new List<Product> { new Product { ProductType = [|ProductType.PansharpenedFs|] } },
                };
            }
            """;
        var fixedSource = Usings + """
            class C
            {
                OrderRequest O() => new OrderRequest
                {
                    Kind = OrderKind.DataGbProduct,
                    Products = new List<Product> { new Product { ProductType = ProductType.Pansharpened } },
                };
            }
            """;
        return CodeFixVerifier<SensorCompatibilityAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task A_deprecated_kind_becomes_its_replacement_fix_all_included()
    {
        var source = Usings + """
            class C
            {
                OrderRequest A() => new OrderRequest { Kind = [|OrderKind.DataGbProduct|] };

                OrderKind B() => [|Vendor.OneAtlas.Models.OrderKind.DataGbProduct|];
            }
            """;
        var fixedSource = Usings + """
            class C
            {
                OrderRequest A() => new OrderRequest { Kind = OrderKind.DataProduct };

                OrderKind B() => Vendor.OneAtlas.Models.OrderKind.DataProduct;
            }
            """;
        return CodeFixVerifier<DeprecatedValueAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource);
    }
}
