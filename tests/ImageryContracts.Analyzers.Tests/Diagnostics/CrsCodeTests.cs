using ImageryContracts.Analyzers.Descriptors;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.CrsCodeAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class CrsCodeTests
{
    private const string Accepted = "EPSG:4326, EPSG:32601–32660, EPSG:32701–32760";

    [Fact]
    public Task A_urn_outside_the_set()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                CrsCode P() => CrsCode.Parse({|#0:"urn:ogc:def:crs:EPSG::32661"|});
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic(
            RuleDescriptors.CrsCodeOutsideSet,
            0,
            $"'urn:ogc:def:crs:EPSG::32661' is not a CRS the vendor accepts: EPSG:32661 is outside the set. Use one of {Accepted}."));
    }

    [Fact]
    public Task Utm_zone_zero_and_zone_61()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                const int Zone = 61;

                CrsCode N() => CrsCode.UtmNorth({|#0:0|});

                CrsCode S() => CrsCode.UtmSouth({|#1:Zone|});
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 0, $"CrsCode.UtmNorth(0) is not a CRS the vendor accepts: UTM zones run from 1 to 60. Use one of {Accepted}."),
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 1, $"CrsCode.UtmSouth(61) is not a CRS the vendor accepts: UTM zones run from 1 to 60. Use one of {Accepted}."));
    }

    [Fact]
    public Task A_string_that_is_no_CRS_code_and_one_from_a_local()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                bool P(out CrsCode code)
                {
                    var text = "EPSG:3857";
                    CrsCode.Parse({|#0:"WGS84"|});
                    return CrsCode.TryParse({|#1:text|}, out code);
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 0, $"'WGS84' is not a CRS the vendor accepts: it is neither 'urn:ogc:def:crs:EPSG::NNNN' nor 'EPSG:NNNN'. Use one of {Accepted}."),
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 1, $"'EPSG:3857' is not a CRS the vendor accepts: EPSG:3857 is outside the set. Use one of {Accepted}."));
    }

    [Fact]
    public Task Every_code_of_the_seed_table_stays_silent()
    {
        var calls = string.Join(
            "\n",
            Enumerable.Range(1, 60).Select(zone =>
                $"        CrsCode.UtmNorth({zone}); CrsCode.UtmSouth({zone}); CrsCode.Parse(\"urn:ogc:def:crs:EPSG::{32600 + zone}\"); CrsCode.Parse(\"EPSG:{32700 + zone}\");"));
        var source = $$"""
            using Vendor.OneAtlas.Models;

            class C
            {
                void All(int zone)
                {
                    _ = CrsCode.Wgs84;
                    CrsCode.Parse("urn:ogc:def:crs:EPSG::4326");
                    CrsCode.UtmNorth(zone);
            {{calls}}
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_conditional_whose_every_branch_is_outside_the_set_names_both()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                CrsCode P(bool web) => CrsCode.Parse({|#0:web ? "EPSG:3857" : "WGS84"|});

                CrsCode N(bool polar) => CrsCode.UtmNorth({|#1:polar ? 0 : 61|});
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 0, $"'EPSG:3857' or 'WGS84', whichever branch runs, is not a CRS the vendor accepts: for 'EPSG:3857', EPSG:3857 is outside the set; for 'WGS84', it is neither 'urn:ogc:def:crs:EPSG::NNNN' nor 'EPSG:NNNN'. Use one of {Accepted}."),
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 1, $"CrsCode.UtmNorth(0) or CrsCode.UtmNorth(61), whichever branch runs, is not a CRS the vendor accepts: for CrsCode.UtmNorth(0), UTM zones run from 1 to 60; for CrsCode.UtmNorth(61), UTM zones run from 1 to 60. Use one of {Accepted}."));
    }

    [Fact]
    public Task A_conditional_with_one_accepted_or_unknown_branch_stays_silent()
    {
        const string source = """
            using Vendor.OneAtlas.Models;

            class C
            {
                CrsCode P(bool web) => CrsCode.Parse(web ? "EPSG:3857" : "EPSG:4326");

                CrsCode N(bool polar, int zone) => CrsCode.UtmNorth(polar ? 0 : zone);
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Codes_in_a_collection_expression_and_in_a_setup_statement()
    {
        const string source = """
            using System.Collections.Generic;
            using Vendor.OneAtlas.Models;

            class C
            {
                List<CrsCode> Codes() => [CrsCode.Wgs84, CrsCode.Parse({|#0:"EPSG:3857"|}), CrsCode.UtmNorth(31)];

                Product P()
                {
                    var product = new Product();
                    product.CrsCode = CrsCode.UtmSouth({|#1:0|});
                    return product;
                }
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 0, $"'EPSG:3857' is not a CRS the vendor accepts: EPSG:3857 is outside the set. Use one of {Accepted}."),
            Verify.Diagnostic(RuleDescriptors.CrsCodeOutsideSet, 1, $"CrsCode.UtmSouth(0) is not a CRS the vendor accepts: UTM zones run from 1 to 60. Use one of {Accepted}."));
    }
}
