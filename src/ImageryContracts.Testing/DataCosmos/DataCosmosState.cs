using ImageryContracts.Testing.Auth;
using ImageryContracts.Testing.DataCosmos.Contract;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.Ledger;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// One simulator's organisations, credits and orders behind one lock. Reads return fresh DTOs, never live objects.
/// </summary>
internal sealed class DataCosmosState : IOrderLedger
{
    private readonly object _gate = new();
    private readonly DataCosmosSimulatorOptions _options;
    private readonly Dictionary<long, decimal> _credits;
    private readonly List<DataCosmosOrder> _orders = [];

    public DataCosmosState(DataCosmosSimulatorOptions options)
    {
        foreach (var client in options.Clients.Where(client => options.Organisations.All(organisation => organisation.Id != client.OrganisationId)))
        {
            throw new ArgumentException($"Client '{client.ClientId}' belongs to organisation {client.OrganisationId}, which is not in DataCosmosSimulatorOptions.Organisations; add it.", nameof(options));
        }

        _options = options;
        _credits = options.Organisations.ToDictionary(organisation => organisation.Id, organisation => organisation.Credits);
        Tokens = new TokenIssuer(options.TimeProvider, options.TokenLifetime);
        Catalogue = new DataCosmosCatalogue(options);
        Rules = new DataCosmosRules(options, Catalogue);
    }

    public TokenIssuer Tokens { get; }

    public DataCosmosCatalogue Catalogue { get; }

    public DataCosmosRules Rules { get; }

    public DataCosmosClientCredentials? Client(string clientId, string clientSecret) =>
        _options.Clients.FirstOrDefault(client => client.ClientId == clientId && client.ClientSecret == clientSecret);

    public DataCosmosOrganisation Organisation(long id) => _options.Organisations.First(organisation => organisation.Id == id);

    public decimal Credits(long organisationId)
    {
        lock (_gate)
        {
            return _credits[organisationId];
        }
    }

    /// <summary>Creates an order, <c>UNPAID</c> unless the options pay it from credits at once.</summary>
    public Order Create(long organisationId, long contractId, IReadOnlyList<OrderLineItem> lines, decimal total)
    {
        var order = new DataCosmosOrder(Guid.NewGuid(), organisationId, contractId, lines, total, _options.TimeProvider.GetUtcNow());
        lock (_gate)
        {
            if (_options.PayOnCreateWhenCreditsCover)
            {
                TryPayWithCredits(order);
            }

            _orders.Add(order);
            return order.ToWire();
        }
    }

    public Order? Find(long organisationId, Guid orderId)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Id == orderId && order.OrganisationId == organisationId);
            if (order is not null)
            {
                Expire(order);
            }

            return order?.ToWire();
        }
    }

    public List<Order> List(long organisationId)
    {
        lock (_gate)
        {
            return _orders.Where(order => order.OrganisationId == organisationId).Select(order =>
            {
                Expire(order);
                return order.ToWire();
            }).ToList();
        }
    }

    /// <summary>
    /// Checks an order out: credits first; when they do not cover the total, a card payment link. Null when there is no
    /// such order; a message when the order cannot be paid.
    /// </summary>
    public (Checkout? Checkout, string? Refusal) Checkout(long organisationId, Guid orderId, string checkoutUrl)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Id == orderId && order.OrganisationId == organisationId);
            if (order is null)
            {
                return (null, null);
            }

            Expire(order);
            if (order.Status != OrderStatus.UNPAID)
            {
                return (null, $"Order {orderId} is {order.Status} and cannot be checked out; only UNPAID orders can.");
            }

            if (!TryPayWithCredits(order))
            {
                order.PaymentMethod = PaymentMethod.CARD;
                order.CheckoutUrl = checkoutUrl;
            }

            return (new Checkout { Checkout_url = order.CheckoutUrl, Status = order.Status, Payment_method = order.PaymentMethod }, null);
        }
    }

    /// <summary>Completes a card payment started at checkout; the refusal names why it cannot, or null.</summary>
    public string? CompleteCardPayment(Guid orderId)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Id == orderId);
            if (order is null || order.Status != OrderStatus.UNPAID || order.PaymentMethod != PaymentMethod.CARD)
            {
                return $"Order {orderId} has no card payment pending ({Describe(order)}); check it out first, with credits that do not cover it.";
            }

            order.Status = OrderStatus.PAID;
            order.Payments++;
            order.PaymentReference = $"pi_sim_{orderId:N}";
            order.CheckoutUrl = "";
            return null;
        }
    }

    /// <summary>Cancels an unpaid order; the refusal names why it cannot, or null.</summary>
    public string? Cancel(Guid orderId)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Id == orderId);
            if (order is null || order.Status != OrderStatus.UNPAID)
            {
                return $"Order {orderId} cannot be cancelled ({Describe(order)}); only UNPAID orders can.";
            }

            order.Status = OrderStatus.CANCELLED;
            return null;
        }
    }

    public IReadOnlyList<LedgerEntry> Entries()
    {
        lock (_gate)
        {
            return _orders.Select(order => new LedgerEntry(
                order.Id.ToString(), [.. order.Lines.Select(line => line.Project_id).OfType<string>()], WireEnum.ToWire(order.Status), order.Payments)).ToList();
        }
    }

    /// <summary>Whether a paid order of the organisation has a line for the item, so its files may be downloaded.</summary>
    public bool HasBought(long organisationId, string collection, string item)
    {
        lock (_gate)
        {
            return _orders.Any(order => order.OrganisationId == organisationId && order.Status == OrderStatus.PAID
                && order.Lines.Any(line => line.Collection == collection && line.Item == item));
        }
    }

    private static string Describe(DataCosmosOrder? order) => order is null ? "no such order" : $"it is {order.Status}";

    private bool TryPayWithCredits(DataCosmosOrder order)
    {
        if (_credits[order.OrganisationId] < order.Total)
        {
            return false;
        }

        _credits[order.OrganisationId] -= order.Total;
        order.Status = OrderStatus.PAID;
        order.Payments++;
        order.PaymentMethod = PaymentMethod.NOT_REQUIRED;
        order.CheckoutUrl = "";
        return true;
    }

    private void Expire(DataCosmosOrder order)
    {
        if (order.Status == OrderStatus.UNPAID && _options.UnpaidOrderExpiry is { } expiry && _options.TimeProvider.GetUtcNow() - order.CreatedAt >= expiry)
        {
            order.Status = OrderStatus.CANCELLED;
        }
    }
}
