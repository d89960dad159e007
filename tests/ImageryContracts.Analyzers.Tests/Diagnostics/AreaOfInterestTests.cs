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
}
