using ImageryContracts.Analyzers.Descriptors;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.AreaOfInterestAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class AreaOfInterestTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Vendor.OneAtlas.Models;

        """;

    [Fact]
    public Task The_seed_product_list_AOI_near_Denver_is_under_the_minimum()
    {
        var source = Usings + """
            class C
            {
                Polygon Denver() => new Polygon
                {
                    Type = "Polygon",
                    Coordinates = {|#0:new List<List<List<double>>>
                    {
                        new List<List<double>>
                        {
                            new List<double> { -104.775823, 39.790956 },
                            new List<double> { -104.776331, 39.790956 },
                            new List<double> { -104.776331, 39.791346 },
                            new List<double> { -104.775823, 39.791346 },
                            new List<double> { -104.775823, 39.790956 },
                        },
                    }|},
                };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.AreaOfInterest,
            0,
            "The AOI covers 0.0019 km², under the vendor's minimum of 0.1 km². Enlarge the polygon to at least 0.1 km²."));
    }

    [Fact]
    public Task The_seed_price_AOI_near_Toulouse_and_the_order_AOI_near_Leuven_stay_silent()
    {
        var source = Usings + """
            class C
            {
                Polygon Toulouse() => new Polygon
                {
                    Coordinates = new List<List<List<double>>>
                    {
                        new List<List<double>>
                        {
                            new List<double> { 1.4089965820312502, 43.59829500262717 },
                            new List<double> { 1.4089965820312502, 43.63408731864001 },
                            new List<double> { 1.5078735351562496, 43.63408731864001 },
                            new List<double> { 1.5078735351562496, 43.59829500262717 },
                            new List<double> { 1.4089965820312502, 43.59829500262717 },
                        },
                    },
                };

                Product Leuven() => new Product
                {
                    Aoi = new Polygon
                    {
                        Coordinates = new List<List<List<double>>>
                        {
                            new List<List<double>>
                            {
                                new List<double> { 4.700, 50.880 },
                                new List<double> { 4.7075, 50.880 },
                                new List<double> { 4.7075, 50.8833 },
                                new List<double> { 4.700, 50.8833 },
                                new List<double> { 4.700, 50.880 },
                            },
                        },
                    },
                };
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_ring_that_is_not_closed_and_one_too_short()
    {
        var source = Usings + """
            class C
            {
                Polygon Open()
                {
                    var ring = new List<List<double>>
                    {
                        new List<double> { 1.40, 43.59 },
                        new List<double> { 1.40, 43.63 },
                        new List<double> { 1.50, 43.63 },
                        new List<double> { 1.50, 43.59 },
                    };
                    return new Polygon { Coordinates = new List<List<List<double>>> { {|#0:ring|} } };
                }

                Polygon Short() => new Polygon
                {
                    Coordinates = new List<List<List<double>>>
                    {
                        {|#1:new List<List<double>> { new List<double> { 1.4, 43.5 }, new List<double> { 1.5, 43.6 }, new List<double> { 1.4, 43.5 } }|},
                    },
                };
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 0, "The AOI ring 0 is not closed: it starts at (1.4, 43.59) and ends at (1.5, 43.59). Repeat the first position (1.4, 43.59) at the end of the ring."),
            Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 1, "The AOI ring 0 has 3 positions, but a closed ring needs at least 4. Add positions and repeat the first one at the end."));
    }

    [Fact]
    public Task Coordinates_that_are_not_constant_stay_silent()
    {
        var source = Usings + """
            class C
            {
                Polygon P(double lon) => new Polygon
                {
                    Coordinates = new List<List<List<double>>>
                    {
                        new List<List<double>> { new List<double> { lon, 43.5 }, new List<double> { 1.5, 43.6 }, new List<double> { 1.4, 43.6 } },
                    },
                };
            }
            """;
        return Verify.VerifyAsync(source);
    }

    private const string Denver = """
        [
                    [
                        [-104.775823, 39.790956],
                        [-104.776331, 39.790956],
                        [-104.776331, 39.791346],
                        [-104.775823, 39.791346],
                        [-104.775823, 39.790956],
                    ],
                ]
        """;

    private const string Toulouse = """
        [
                    [
                        [1.4089965820312502, 43.59829500262717],
                        [1.4089965820312502, 43.63408731864001],
                        [1.5078735351562496, 43.63408731864001],
                        [1.5078735351562496, 43.59829500262717],
                        [1.4089965820312502, 43.59829500262717],
                    ],
                ]
        """;

    private const string TooSmall = "The AOI covers 0.0019 km², under the vendor's minimum of 0.1 km². Enlarge the polygon to at least 0.1 km².";

    [Fact]
    public Task Collection_expressions_as_the_sample_writes_them_under_the_minimum()
    {
        var source = Usings + $$"""
            class C
            {
                OrderRequest O() => new()
                {
                    Products =
                    [
                        new Product
                        {
                            Aoi = new Polygon
                            {
                                Type = "Polygon",
                                Coordinates = {|#0:{{Denver}}|},
                            },
                        },
                    ],
                };

                Product TargetTyped() => new() { Aoi = new() { Coordinates = {|#1:{{Denver}}|} } };
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 0, TooSmall),
            Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 1, TooSmall));
    }

    [Fact]
    public Task Collection_expressions_over_the_minimum_or_with_a_spread_stay_silent()
    {
        var source = Usings + $$"""
            class C
            {
                Polygon Toulouse() => new Polygon { Coordinates = {{Toulouse}} };

                Polygon Spread(List<double> corner) => new Polygon
                {
                    Coordinates = [[[-104.775823, 39.790956], [-104.776331, 39.790956], [..corner], [-104.775823, 39.790956]]],
                };
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Rings_and_positions_mixing_forms_through_locals_and_target_typed_new()
    {
        var source = Usings + """
            class C
            {
                Polygon Open()
                {
                    List<List<double>> ring = [[1.40, 43.59], new() { 1.40, 43.63 }, new List<double> { 1.50, 43.63 }, [1.50, 43.59]];
                    return new Polygon { Coordinates = [{|#0:ring|}] };
                }

                Polygon Short() => new Polygon { Coordinates = new() { {|#1:new() { new() { 1.4, 43.5 }, new() { 1.5, 43.6 }, new List<double> { 1.4, 43.5 } }|} } };
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 0, "The AOI ring 0 is not closed: it starts at (1.4, 43.59) and ends at (1.5, 43.59). Repeat the first position (1.4, 43.59) at the end of the ring."),
            Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 1, "The AOI ring 0 has 3 positions, but a closed ring needs at least 4. Add positions and repeat the first one at the end."));
    }

    [Fact]
    public Task Coordinates_set_by_the_statement_right_after_the_polygon_is_created()
    {
        var source = Usings + $$"""
            class C
            {
                static void Log(Polygon polygon) { }

                Polygon Set()
                {
                    var aoi = new Polygon { Type = "Polygon" };
                    aoi.Coordinates = {|#0:{{Denver}}|};
                    return aoi;
                }

                Polygon AfterAnotherUse()
                {
                    var aoi = new Polygon();
                    Log(aoi);
                    aoi.Coordinates = {{Denver}};
                    return aoi;
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(RuleDescriptors.AreaOfInterest, 0, TooSmall));
    }

    [Fact]
    public Task Conditional_coordinates_are_reported_when_every_branch_is_rejected()
    {
        var source = Usings + $$"""
            class C
            {
                Polygon Both(bool closed) => new Polygon
                {
                    Coordinates = {|#0:closed ? {{Denver}} : [[[1.40, 43.59], [1.40, 43.63], [1.50, 43.63], [1.50, 43.59]]]|},
                };

                Polygon OneValid(bool big) => new Polygon { Coordinates = big ? {{Toulouse}} : {{Denver}} };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.AreaOfInterest,
            0,
            "The AOI is rejected whichever branch runs: branch 1 covers 0.0019 km², under the vendor's minimum of 0.1 km²; branch 2 ring 0 is not closed: it starts at (1.4, 43.59) and ends at (1.5, 43.59). Enlarge the polygon to at least 0.1 km²; Repeat the first position (1.4, 43.59) at the end of the ring."));
    }
}
