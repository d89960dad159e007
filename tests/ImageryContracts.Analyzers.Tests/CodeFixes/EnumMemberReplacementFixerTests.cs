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

    [Fact]
    public Task Basic16_becomes_Reflectance_in_a_collection_expression_and_in_a_setup_statement()
    {
        var source = Usings + """
            class C
            {
                OrderRequest O() => new() { Products = [new() { ProductType = ProductType.BundleFs, RadiometricProcessing = [|RadiometricProcessing.Basic16|] }] };

                Product P()
                {
                    var product = new Product();
                    product.ProductType = ProductType.PansharpenedFs;
                    product.RadiometricProcessing = [|RadiometricProcessing.Basic16|];
                    return product;
                }
            }
            """;
        var fixedSource = Usings + """
            class C
            {
                OrderRequest O() => new() { Products = [new() { ProductType = ProductType.BundleFs, RadiometricProcessing = RadiometricProcessing.Reflectance }] };

                Product P()
                {
                    var product = new Product();
                    product.ProductType = ProductType.PansharpenedFs;
                    product.RadiometricProcessing = RadiometricProcessing.Reflectance;
                    return product;
                }
            }
            """;
        return CodeFixVerifier<SensorCompatibilityAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource, "IMG1001:Reflectance");
    }

    // BASIC16 with a product type that is Pléiades Neo in both branches: two fixes, one per part.
    private const string ConditionalRequest = """
        class C
        {
            Product P(bool fullScene) => new Product
            {
                RadiometricProcessing = RadiometricProcessing.Basic16,
                ProductType = [|fullScene ? ProductType.BundleFs : ProductType.PansharpenedFs|],
            };
        }
        """;

    [Fact]
    public Task Every_branch_of_a_conditional_is_swapped_in_one_fix()
    {
        var source = Usings + ConditionalRequest;
        var fixedSource = Usings + """
            class C
            {
                Product P(bool fullScene) => new Product
                {
                    RadiometricProcessing = RadiometricProcessing.Basic16,
                    ProductType = fullScene ? ProductType.Bundle : ProductType.Pansharpened,
                };
            }
            """;
        return CodeFixVerifier<SensorCompatibilityAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource, "IMG1001:Bundle+Pansharpened");
    }

    [Fact]
    public Task The_other_part_of_a_conditional_request_is_the_other_fix()
    {
        var source = Usings + ConditionalRequest;
        var fixedSource = Usings + """
            class C
            {
                Product P(bool fullScene) => new Product
                {
                    RadiometricProcessing = RadiometricProcessing.Reflectance,
                    ProductType = fullScene ? ProductType.BundleFs : ProductType.PansharpenedFs,
                };
            }
            """;
        return CodeFixVerifier<SensorCompatibilityAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource, "IMG1001:Reflectance");
    }

    [Fact]
    public Task A_deprecated_kind_becomes_its_replacement_in_a_collection_expression_and_a_conditional_branch()
    {
        var source = Usings + """
            class C
            {
                List<OrderKind> Kinds() => [[|OrderKind.DataGbProduct|]];

                OrderRequest O(bool gb)
                {
                    var order = new OrderRequest();
                    order.Kind = gb ? [|OrderKind.DataGbProduct|] : OrderKind.DataProduct;
                    return order;
                }
            }
            """;
        var fixedSource = Usings + """
            class C
            {
                List<OrderKind> Kinds() => [OrderKind.DataProduct];

                OrderRequest O(bool gb)
                {
                    var order = new OrderRequest();
                    order.Kind = gb ? OrderKind.DataProduct : OrderKind.DataProduct;
                    return order;
                }
            }
            """;
        return CodeFixVerifier<DeprecatedValueAnalyzer, EnumMemberReplacementFixer>.VerifyAsync(source, fixedSource);
    }
}
