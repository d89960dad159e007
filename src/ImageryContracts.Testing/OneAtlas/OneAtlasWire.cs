using System.Globalization;
using ImageryContracts.Geometry;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>The simulator's orders and prices as the contract's DTOs, with HAL links on the simulator's own URL.</summary>
internal static class OneAtlasWire
{
    private const string AmountUnit = "kB";
    private const string Service = "data";

    public static PriceResponse Price(OrderRequest request, IReadOnlyList<PricedProduct> products) => new()
    {
        Payload = Payload(request),
        Deliveries = products.Select(priced => new PriceDelivery
        {
            Id = priced.Product.Id,
            Datas = Datas(priced.Product, priced.Item, areaKm2: null),
            Amount = priced.Amount,
            AmountUnit = AmountUnit,
            IsAmountEstimated = PriceDeliveryIsAmountEstimated.False,
            AreaKm2 = Math.Round(priced.AreaKm2, 2),
        }).ToList(),
        Price = new Price
        {
            Credits = products.Sum(priced => priced.Amount),
            Amount = products.Sum(priced => priced.Amount),
            AmountUnit = AmountUnit,
            IsAmountEstimated = PriceIsAmountEstimated.False,
            AreaKm2 = Math.Round(products.Sum(priced => priced.AreaKm2), 2),
        },
        Feasibility = "automatic",
        Orderable = "ok",
    };

    public static OrderPayload Payload(OrderRequest request) => new()
    {
        Kind = WireEnum.ToWire(request.Kind),
        Products = request.Products,
        Tags = request.Tags,
    };

    public static Order Order(OneAtlasOrder order, string root)
    {
        var self = $"{root}/api/v1/orders/{order.Id}";
        return new Order
        {
            _links = new OrderLinks
            {
                Self = Link(self),
                Cancel = Link(self + "/cancel"),
                Deliveries = Link(self + "/deliveries"),
                Contract = Link($"{root}/api/v1/contracts/{order.Account.ContractId}"),
            },
            Id = order.Id,
            Kind = order.Payload.Kind,
            Service = Service,
            CreatedAt = order.CreatedAt,
            CreatedBy = order.Account.UserId,
            Status = order.Status,
            ContractId = order.Account.ContractId,
            IsAmountEstimated = order.Status == OrderStatus.Delivered ? OrderIsAmountEstimated.False : OrderIsAmountEstimated.True,
            Price = order.Price,
            Amount = order.Price,
            AmountUnit = AmountUnit,
            EstimatedAmount = order.Status == OrderStatus.Delivered ? order.Price : null,
            Payload = order.Payload,
            Deliveries = order.Deliveries.Select(delivery => Delivery(delivery, order, root)).ToList(),
        };
    }

    public static Delivery Delivery(OneAtlasDelivery delivery, OneAtlasOrder order, string root)
    {
        var product = delivery.DeliveredItem;
        var delivered = product is not null;
        var self = $"{root}/api/v1/deliveries/{delivery.Id}";
        return new Delivery
        {
            _links = new DeliveryLinks
            {
                Self = Link(self),
                Contract = Link($"{root}/api/v1/contracts/{order.Account.ContractId}"),
                // As in the seed: one object with only href, naming the delivered product's new catalogue item.
                Download = product is null ? null : LinkOrLinks.One(Link(CatalogueWire.DownloadUrl(root, product.Id))),
                CatalogItem = product is null ? null : Link(CatalogueWire.SearchById(root, product.Id)),
                CatalogUrl = product is null ? null : Link(CatalogueWire.SearchById(root, product.Id)),
            },
            Id = delivery.Id,
            Kind = "delivery.data.product",
            Service = Service,
            CreatedAt = order.CreatedAt,
            Status = delivery.Status,
            IsAmountEstimated = delivered ? DeliveryIsAmountEstimated.False : DeliveryIsAmountEstimated.True,
            Price = delivery.Amount,
            Amount = delivery.Amount,
            EstimatedAmount = delivered ? delivery.Amount : null,
            AmountUnit = AmountUnit,
            Area = delivered ? Math.Round(delivery.AreaKm2, 2).ToString("0.##", CultureInfo.InvariantCulture) : null,
            Unit = delivered ? "km2" : null,
            Datas = Datas(delivery.Product, delivery.Item, delivered ? Math.Round(delivery.AreaKm2, 2) : 0),
            UpdatedAt = delivery.UpdatedAt ?? order.CreatedAt,
            DeliveredAt = delivery.DeliveredAt,
            ErrorCode = delivery.ErrorCode,
            Message = delivery.Message,
        };
    }

    private static DeliveryData Datas(Product product, OneAtlasCatalogueItem item, double? areaKm2) => new()
    {
        Id = product.Id,
        ProductType = product.ProductType,
        RadiometricProcessing = product.RadiometricProcessing,
        ImageFormat = product.ImageFormat,
        CrsCode = product.CrsCode,
        Aoi = product.Aoi,
        SourceId = item.SourceId,
        Sensor = WireEnum.FromWire<Sensor>(item.Sensor),
        SegmentFootprint = Polygon(item.Footprint),
        ProcessingLevel = "SENSOR",
        AreaKm2 = areaKm2,
    };

    private static Polygon Polygon(GeoJsonPolygon polygon) => new()
    {
        Type = PolygonType.Polygon,
        Coordinates = polygon.Rings.Select(ring => ring.Select(position => new List<double> { position.Longitude, position.Latitude }).ToList()).ToList(),
    };

    private static Link Link(string href) => new() { Href = href };
}
