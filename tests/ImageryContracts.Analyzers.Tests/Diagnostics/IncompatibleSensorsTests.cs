using ImageryContracts.Analyzers.Analyzers;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Tests.Infrastructure;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.SensorCompatibilityAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class IncompatibleSensorsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Vendor.OneAtlas.Models;
        using Vendor.OneAtlas.Validation;

        """;

    [Fact]
    public Task Basic16_with_bundle_fs_in_one_initializer()
    {
        var source = Usings + """
            class C
            {
                Product P() => new Product { ProductType = ProductType.BundleFs, RadiometricProcessing = {|#0:RadiometricProcessing.Basic16|} };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "ProductType 'bundle-fs' (PNEO) and RadiometricProcessing 'BASIC16' (SPOT, PHR) have no sensor in common; use ProductType 'bundle' instead of 'bundle-fs', or RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16'"));
    }

    [Fact]
    public Task Basic16_with_pansharpened_fs()
    {
        var source = Usings + """
            class C
            {
                Product P() => new Product { RadiometricProcessing = RadiometricProcessing.Basic16, ProductType = {|#0:ProductType.PansharpenedFs|} };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "RadiometricProcessing 'BASIC16' (SPOT, PHR) and ProductType 'pansharpened-fs' (PNEO) have no sensor in common; use RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16', or ProductType 'pansharpened' instead of 'pansharpened-fs'"));
    }

    [Fact]
    public Task Basic16_with_an_explicit_Pleiades_Neo_sensor_in_a_validator_call()
    {
        var source = Usings + """
            class C
            {
                object V() => ProductRequestValidator.Validate(radiometricProcessing: RadiometricProcessing.Basic16, sensor: {|#0:Sensor.PleiadesNeo|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "RadiometricProcessing 'BASIC16' (SPOT, PHR) and Sensor 'PNEO' have no sensor in common; use RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16'"));
    }

    [Theory]
    [InlineData("Spot", "SPOT")]
    [InlineData("Pleiades", "PHR")]
    public Task Bundle_fs_with_Spot_or_Pleiades(string sensor, string wire)
    {
        var source = Usings + $$"""
            class C
            {
                object V() => ProductRequestValidator.Validate(ProductType.BundleFs, sensor: {|#0:Sensor.{{sensor}}|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            $"ProductType 'bundle-fs' (PNEO) and Sensor '{wire}' have no sensor in common; use ProductType 'bundle' instead of 'bundle-fs'"));
    }

    [Fact]
    public Task Gb_order_kind_with_a_Pleiades_Neo_product_nested_in_the_order()
    {
        var source = Usings + """
            class C
            {
                OrderRequest O() => new OrderRequest
                {
                    Kind = OrderKind.DataGbProduct,
                    Products = new List<Product>
                    {
                        new Product { ProductType = ProductType.Bundle },
                        new Product { ProductType = {|#0:ProductType.PansharpenedFs|}, RadiometricProcessing = RadiometricProcessing.Display },
                    },
                };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "OrderKind 'order.data.gb.product' (SPOT, PHR) and ProductType 'pansharpened-fs' (PNEO) have no sensor in common; use ProductType 'pansharpened' instead of 'pansharpened-fs'"));
    }

    [Fact]
    public Task Values_from_const_fields_locals_and_a_local_assigned_once()
    {
        var source = Usings + """
            class C
            {
                const ProductType NeoBundle = ProductType.BundleFs;

                Product P()
                {
                    var processing = RadiometricProcessing.Basic16;
                    return new Product { ProductType = NeoBundle, RadiometricProcessing = {|#0:processing|} };
                }

                Product Q()
                {
                    const RadiometricProcessing Raw = RadiometricProcessing.Basic16;
                    return new Product { RadiometricProcessing = Raw, ProductType = {|#1:NeoBundle|} };
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.IncompatibleSensors, 0, "ProductType 'bundle-fs' (PNEO) and RadiometricProcessing 'BASIC16' (SPOT, PHR) have no sensor in common; use ProductType 'bundle' instead of 'bundle-fs', or RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16'"),
            Verify.Diagnostic(RuleDescriptors.IncompatibleSensors, 1, "RadiometricProcessing 'BASIC16' (SPOT, PHR) and ProductType 'bundle-fs' (PNEO) have no sensor in common; use RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16', or ProductType 'bundle' instead of 'bundle-fs'"));
    }

    [Fact]
    public Task A_local_written_twice_is_not_followed()
    {
        var source = Usings + """
            class C
            {
                Product P(bool raw)
                {
                    var processing = RadiometricProcessing.Reflectance;
                    if (raw)
                    {
                        processing = RadiometricProcessing.Basic16;
                    }

                    return new Product { ProductType = ProductType.BundleFs, RadiometricProcessing = processing };
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_with_expression_combines_with_the_original_values()
    {
        var source = Usings + """
            record Choice(ProductType? ProductType, RadiometricProcessing? RadiometricProcessing);

            class C
            {
                Choice P()
                {
                    var classic = new Choice(ProductType.Bundle, RadiometricProcessing.Basic16);
                    return classic with { ProductType = {|#0:ProductType.BundleFs|} };
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "RadiometricProcessing 'BASIC16' (SPOT, PHR) and ProductType 'bundle-fs' (PNEO) have no sensor in common; use RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16', or ProductType 'bundle' instead of 'bundle-fs'"));
    }

    [Fact]
    public Task Products_in_a_collection_expression_with_target_typed_new_under_a_GB_order()
    {
        var source = Usings + """
            class C
            {
                OrderRequest O() => new()
                {
                    Kind = OrderKind.DataGbProduct,
                    Products =
                    [
                        new() { ProductType = ProductType.Bundle },
                        new() { ProductType = {|#0:ProductType.PansharpenedFs|}, RadiometricProcessing = RadiometricProcessing.Display },
                    ],
                };

                OrderRequest Valid() => new() { Kind = OrderKind.DataProduct, Products = [new() { ProductType = ProductType.PansharpenedFs }] };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "OrderKind 'order.data.gb.product' (SPOT, PHR) and ProductType 'pansharpened-fs' (PNEO) have no sensor in common; use ProductType 'pansharpened' instead of 'pansharpened-fs'"));
    }

    [Fact]
    public Task A_product_set_by_the_statements_right_after_its_creation()
    {
        var source = Usings + """
            class C
            {
                Product Declared()
                {
                    var product = new Product();
                    product.ProductType = ProductType.BundleFs;
                    product.RadiometricProcessing = {|#0:RadiometricProcessing.Basic16|};
                    return product;
                }

                Product Assigned()
                {
                    Product product;
                    product = new() { RadiometricProcessing = RadiometricProcessing.Basic16 };
                    product.ProductType = {|#1:ProductType.PansharpenedFs|};
                    return product;
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.IncompatibleSensors, 0, "ProductType 'bundle-fs' (PNEO) and RadiometricProcessing 'BASIC16' (SPOT, PHR) have no sensor in common; use ProductType 'bundle' instead of 'bundle-fs', or RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16'"),
            Verify.Diagnostic(RuleDescriptors.IncompatibleSensors, 1, "RadiometricProcessing 'BASIC16' (SPOT, PHR) and ProductType 'pansharpened-fs' (PNEO) have no sensor in common; use RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16', or ProductType 'pansharpened' instead of 'pansharpened-fs'"));
    }

    [Fact]
    public Task An_order_kind_set_after_the_order_reaches_the_products_it_encloses()
    {
        var source = Usings + """
            class C
            {
                OrderRequest O()
                {
                    var order = new OrderRequest { Kind = OrderKind.DataGbProduct };
                    order.Products = [new() { ProductType = {|#0:ProductType.BundleFs|} }];
                    return order;
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "OrderKind 'order.data.gb.product' (SPOT, PHR) and ProductType 'bundle-fs' (PNEO) have no sensor in common; use ProductType 'bundle' instead of 'bundle-fs'"));
    }

    [Fact]
    public Task The_statements_stop_at_another_use_of_the_local_a_branch_a_value_that_reads_it_and_a_second_write()
    {
        var source = Usings + """
            class C
            {
                static void Log(Product product) { }

                Product Used()
                {
                    var product = new Product { ProductType = ProductType.BundleFs };
                    Log(product);
                    product.RadiometricProcessing = RadiometricProcessing.Basic16;
                    return product;
                }

                Product Branch(bool raw)
                {
                    var product = new Product { ProductType = ProductType.BundleFs };
                    if (raw)
                    {
                        product.RadiometricProcessing = RadiometricProcessing.Basic16;
                    }

                    product.RadiometricProcessing = RadiometricProcessing.Basic16;
                    return product;
                }

                Product ReadsItself()
                {
                    var product = new Product { ProductType = ProductType.BundleFs };
                    product.RadiometricProcessing = product.Id is null ? RadiometricProcessing.Basic16 : RadiometricProcessing.Basic16;
                    return product;
                }

                Product SetTwice()
                {
                    var product = new Product { RadiometricProcessing = RadiometricProcessing.Basic16 };
                    product.ProductType = ProductType.Bundle;
                    product.RadiometricProcessing = RadiometricProcessing.Reflectance;
                    product.ProductType = ProductType.BundleFs;
                    return product;
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_conditional_whose_every_branch_conflicts_names_the_branches()
    {
        var source = Usings + """
            class C
            {
                Product P(bool fullScene) => new Product
                {
                    RadiometricProcessing = RadiometricProcessing.Basic16,
                    ProductType = {|#0:fullScene ? ProductType.BundleFs : ProductType.PansharpenedFs|},
                };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.IncompatibleSensors,
            0,
            "RadiometricProcessing 'BASIC16' (SPOT, PHR) and ProductType 'bundle-fs' (PNEO) or 'pansharpened-fs' (PNEO), whichever branch runs, have no sensor in common; use RadiometricProcessing 'REFLECTANCE' instead of 'BASIC16', or ProductType 'bundle' instead of 'bundle-fs' and 'pansharpened' instead of 'pansharpened-fs'"));
    }

    [Fact]
    public Task A_conditional_with_one_valid_branch_or_one_unknown_branch_stays_silent()
    {
        var source = Usings + """
            class C
            {
                Product OneValid(bool neo) => new Product
                {
                    RadiometricProcessing = RadiometricProcessing.Basic16,
                    ProductType = neo ? ProductType.BundleFs : ProductType.Bundle,
                };

                Product OneUnknown(bool neo, ProductType chosen) => new Product
                {
                    RadiometricProcessing = RadiometricProcessing.Basic16,
                    ProductType = neo ? ProductType.BundleFs : chosen,
                };

                Product BothConditional(bool neo)
                {
                    var processing = neo ? RadiometricProcessing.Basic16 : RadiometricProcessing.Reflectance;
                    return new Product { ProductType = neo ? ProductType.BundleFs : ProductType.PansharpenedFs, RadiometricProcessing = processing };
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Two_values_of_one_enum_are_not_one_request()
    {
        var source = Usings + """
            class C
            {
                bool Same(ProductType a, ProductType b) => a == b;

                bool S() => Same(ProductType.Bundle, ProductType.BundleFs);
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
