using System.Globalization;
using ImageryContracts.Journal;
using ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>
/// What a OneAtlas order is, apart from its client reference tag: kind, products (catalogue item, product type,
/// processing, format, CRS, AOI) and the caller's own tags. Computed alike from a request and from the payload an order
/// echoes, so a reference reused with other content is refused whether the journal or the vendor's list is the record.
/// </summary>
internal static class OneAtlasOrderContent
{
    // The server has been seen echoing order.product for a request sent as order.data.product (see the spec).
    private const string EchoedDataProductKind = "order.product";

    public static (string Fingerprint, string Content) Of(OrderRequest request, string referenceTag) =>
        Compose(request.Kind?.ToWireValue(), request.Products, request.Tags, referenceTag);

    public static (string Fingerprint, string Content) Of(OrderPayload payload, string referenceTag)
    {
        var kind = $"{payload.Kind}";
        return Compose(kind == EchoedDataProductKind ? OrderKind.DataProduct.ToWireValue() : kind, payload.Products, payload.Tags, referenceTag);
    }

    private static (string Fingerprint, string Content) Compose(string? kind, IEnumerable<Product>? products, IEnumerable<string>? tags, string referenceTag)
    {
        var described = (products ?? []).Select(product => (Canonical: Canonical(product), Words: Words(product))).OrderBy(product => product.Canonical, StringComparer.Ordinal).ToList();
        var own = (tags ?? []).Where(tag => tag != referenceTag).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var canonical = $"{kind}|{string.Join("|", described.Select(product => product.Canonical))}|tags:{string.Join(",", own)}";
        var content = $"{kind} with {string.Join("; ", described.Select(product => product.Words))}{(own.Count > 0 ? $", tags [{string.Join(", ", own)}]" : string.Empty)}";
        return (ContentFingerprint.Of(canonical), content);
    }

    private static string Canonical(Product product) => string.Join(
        "\n", product.Id, product.ProductType?.ToWireValue(), product.RadiometricProcessing?.ToWireValue(), product.ImageFormat?.ToWireValue(), product.CrsCode?.ToString(), ContentFingerprint.Rings(product.Aoi?.Coordinates));

    private static string Words(Product product)
    {
        var positions = (product.Aoi?.Coordinates ?? []).SelectMany(ring => ring).Where(position => position.Count >= 2).ToList();
        var box = positions.Count == 0
            ? "no AOI"
            : string.Create(CultureInfo.InvariantCulture, $"AOI [{positions.Min(p => p[0]):0.####}, {positions.Min(p => p[1]):0.####}, {positions.Max(p => p[0]):0.####}, {positions.Max(p => p[1]):0.####}]");
        return $"product {product.Id} {product.ProductType?.ToWireValue()} {product.RadiometricProcessing?.ToWireValue()} {product.ImageFormat?.ToWireValue()} {product.CrsCode} {box}";
    }
}
