using ImageryContracts.Testing.DataCosmos.Contract;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>An order as the simulator keeps it. Mutated under the state's lock only.</summary>
internal sealed class DataCosmosOrder(Guid id, long organisationId, long contractId, IReadOnlyList<OrderLineItem> lines, decimal total, DateTimeOffset createdAt)
{
    public Guid Id { get; } = id;

    public long OrganisationId { get; } = organisationId;

    public long ContractId { get; } = contractId;

    public IReadOnlyList<OrderLineItem> Lines { get; } = lines;

    public decimal Total { get; } = total;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public OrderStatus Status { get; set; } = OrderStatus.UNPAID;

    public PaymentMethod? PaymentMethod { get; set; }

    public string PaymentReference { get; set; } = "";

    public string CheckoutUrl { get; set; } = "";

    /// <summary>How many times the order was charged; more than one would be a double payment.</summary>
    public int Payments { get; set; }

    public Order ToWire() => new()
    {
        Id = Id,
        Type = OrderType.IMAGE,
        Customer_id = $"cus-sim{OrganisationId}",
        Organisation_id = OrganisationId,
        Contract_id = ContractId,
        Status = Status,
        Payment_method = PaymentMethod,
        Payment_reference_number = PaymentReference,
        Order_line_items = [.. Lines],
        Checkout_redirect_url = CheckoutUrl,
    };
}
