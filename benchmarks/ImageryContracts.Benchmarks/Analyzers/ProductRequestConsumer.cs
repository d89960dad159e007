using System.Text;

namespace ImageryContracts.Benchmarks.Analyzers;

/// <summary>
/// A consumer file of the OneAtlas client with <see cref="Requests"/> product requests written as a team writes them
/// (object initializers with enum members, the WGS 84 CRS and a constant AOI), half of them valid rows of the seed's
/// tables, half BASIC16 with a Pléiades Neo product type (IMG1001 each), 20 per method. A third file writes the same
/// requests as the sample does (collection expressions, target-typed <c>new()</c>), to price reading that form.
/// </summary>
internal static class ProductRequestConsumer
{
    /// <summary>How many product requests the file holds.</summary>
    public const int Requests = 1000;

    /// <summary>How many of them the analyzers must flag (IMG1001).</summary>
    public const int Invalid = Requests / 2;

    private const int RequestsPerMethod = 20;

    private static readonly (string ProductType, string Processing)[] ValidRows =
    [
        .. from productType in new[] { "Bundle", "Pansharpened", "Panchromatic", "MultiSpectral" }
           from processing in new[] { "Basic16", "Reflectance", "Display" }
           select (productType, processing),
        .. from productType in new[] { "BundleFs", "PansharpenedFs" }
           from processing in new[] { "Reflectance", "Display" }
           select (productType, processing),
    ];

    private static readonly (string ProductType, string Processing)[] InvalidRows = [("BundleFs", "Basic16"), ("PansharpenedFs", "Basic16")];

    /// <summary>The file's text.</summary>
    public static string Source { get; } = Build(withInvalidHalf: true);

    /// <summary>The same file with every request valid (the invalid rows' BASIC16 read DISPLAY), to tell analysis from reporting.</summary>
    public static string AllValidSource { get; } = Build(withInvalidHalf: false);

    /// <summary>The documented file (half invalid) written as the sample writes it: collection expressions, target-typed <c>new()</c>.</summary>
    public static string CollectionExpressionSource { get; } = Build(withInvalidHalf: true, collectionExpressions: true);

    private static string Build(bool withInvalidHalf, bool collectionExpressions = false)
    {
        var source = new StringBuilder("""
            using System;
            using System.Collections.Generic;
            using ImageryContracts.OneAtlas.Models;

            namespace Consumer;

            public sealed class Orders
            {
                private readonly List<OrderRequest> _requests = new();

            """);
        for (var method = 0; method < Requests / RequestsPerMethod; method++)
        {
            source.AppendLine($"    public void Batch{method}()").AppendLine("    {");
            for (var i = 0; i < RequestsPerMethod; i++)
            {
                var n = method * RequestsPerMethod + i;
                var (productType, processing) = n % 2 == 0 ? ValidRows[n / 2 % ValidRows.Length] : InvalidRows[n / 2 % InvalidRows.Length];
                processing = withInvalidHalf ? processing : processing.Replace("Basic16", "Display", StringComparison.Ordinal);
                source.AppendLine(collectionExpressions ? WithCollectionExpressions(n, productType, processing) : WithInitializers(n, productType, processing));
            }

            source.AppendLine("    }");
        }

        return source.AppendLine("}").ToString();
    }

    private static string WithInitializers(int n, string productType, string processing) => $$"""
                            _requests.Add(new OrderRequest
                            {
                                Kind = OrderKind.DataProduct,
                                Products = new List<Product>
                                {
                                    new Product
                                    {
                                        Id = Guid.Parse("{{new Guid(n, 0, 0, new byte[8])}}"),
                                        ProductType = ProductType.{{productType}},
                                        RadiometricProcessing = RadiometricProcessing.{{processing}},
                                        ImageFormat = ImageFormat.Jp2,
                                        CrsCode = CrsCode.Wgs84,
                                        Aoi = new Polygon
                                        {
                                            Type = PolygonType.Polygon,
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
                                        },
                                    },
                                },
                            });
                    """;

    private static string WithCollectionExpressions(int n, string productType, string processing) => $$"""
                            _requests.Add(new()
                            {
                                Kind = OrderKind.DataProduct,
                                Products =
                                [
                                    new()
                                    {
                                        Id = Guid.Parse("{{new Guid(n, 0, 0, new byte[8])}}"),
                                        ProductType = ProductType.{{productType}},
                                        RadiometricProcessing = RadiometricProcessing.{{processing}},
                                        ImageFormat = ImageFormat.Jp2,
                                        CrsCode = CrsCode.Wgs84,
                                        Aoi = new()
                                        {
                                            Type = PolygonType.Polygon,
                                            Coordinates =
                                            [
                                                [
                                                    [1.4089965820312502, 43.59829500262717],
                                                    [1.4089965820312502, 43.63408731864001],
                                                    [1.5078735351562496, 43.63408731864001],
                                                    [1.5078735351562496, 43.59829500262717],
                                                    [1.4089965820312502, 43.59829500262717],
                                                ],
                                            ],
                                        },
                                    },
                                ],
                            });
                    """;
}
