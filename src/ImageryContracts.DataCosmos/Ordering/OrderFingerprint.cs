using System.Globalization;
using ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.DataCosmos.Ordering;

/// <summary>
/// What an order is, independent of its id: organisation, contract and the multiset of line items (collection, item,
/// level compared case-insensitively, project and geometry). DataCosmos offers no client reference, idempotency key or
/// creation time on orders, so after an ambiguous failure this is what identifies the order a request created.
/// </summary>
internal static class OrderFingerprint
{
    public static string Of(CreateOrderRequest request) =>
        Compose(request.Organisation, request.ContractId, request.Data?.OrderLineItems);

    public static string Of(Order order) =>
        Compose(order.OrganisationId, order.ContractId, order.OrderLineItems);

    private static string Compose(long? organisation, long? contract, IEnumerable<OrderLineItem>? items) =>
        string.Create(CultureInfo.InvariantCulture, $"{organisation}|{contract}|")
        + string.Join("|", (items ?? []).Select(LineItem).Order(StringComparer.Ordinal));

    private static string LineItem(OrderLineItem item) => string.Join(
        "\n",
        item.Collection,
        item.Item,
        item.Level?.ToUpperInvariant(),
        item.ProjectId,
        item.Geometry?.Coordinates is { } rings
            ? string.Join(";", rings.SelectMany(ring => ring).Select(position => string.Join(",", position.Select(value => value.ToString("R", CultureInfo.InvariantCulture)))))
            : null);
}
