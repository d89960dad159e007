using ImageryContracts.Geometry;
using ImageryContracts.Testing.Auth;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.Ledger;
using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// One simulator's accounts, balances, orders and catalogue: the Living Library it started with, plus each account's
/// delivered products, which become catalogue items of the account's own workspace. Every read and change goes
/// through one lock, so concurrent requests see a consistent state; reads return fresh DTOs, never the live objects.
/// </summary>
internal sealed class OneAtlasState : IOrderLedger
{
    private readonly object _gate = new();
    private readonly OneAtlasSimulatorOptions _options;
    private readonly Dictionary<string, OneAtlasAccount> _accountsBySubject;
    private readonly Dictionary<OneAtlasAccount, long> _balances;
    private readonly List<OneAtlasOrder> _orders = [];
    private readonly IReadOnlyList<CatalogueEntry> _catalogue;
    private readonly List<CatalogueEntry> _delivered = [];

    public OneAtlasState(OneAtlasSimulatorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Accounts.Count, 1, nameof(options.Accounts));
        var duplicate = options.Accounts.GroupBy(account => account.ApiKey).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two accounts share the API key '{duplicate.Key}'; give each account its own key.", nameof(options));
        }

        _options = options;
        Rules = new OneAtlasRules(options);
        Tokens = new TokenIssuer(options.TimeProvider, options.TokenLifetime);
        _accountsBySubject = options.Accounts.Select((account, index) => (account, index)).ToDictionary(pair => $"account-{pair.index}", pair => pair.account);
        _balances = options.Accounts.ToDictionary(account => account, account => account.Balance);
        _catalogue = options.Catalogue.Select(CatalogueEntry.Of).ToList();
    }

    public OneAtlasRules Rules { get; }

    public OneAtlasSimulatorOptions Options => _options;

    public TokenIssuer Tokens { get; }

    /// <summary>The token subject of the account with this API key, or null for an unknown key.</summary>
    public string? SubjectForApiKey(string apiKey) =>
        _accountsBySubject.FirstOrDefault(pair => pair.Value.ApiKey == apiKey).Key;

    public OneAtlasAccount Account(string subject) => _accountsBySubject[subject];

    public long Balance(string apiKey)
    {
        lock (_gate)
        {
            return _balances.First(pair => pair.Key.ApiKey == apiKey).Value;
        }
    }

    /// <summary>Places an order: <c>ordered</c> and charged when the balance covers it, otherwise <c>rejected</c> and not charged.</summary>
    public Order Place(OneAtlasAccount account, OrderRequest request, IReadOnlyList<PricedProduct> products, string root)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var deliveries = products.Select(priced => new OneAtlasDelivery(Guid.NewGuid(), priced.Product, priced.Item, priced.AreaKm2, priced.Amount)).ToArray();
        var order = new OneAtlasOrder(Guid.NewGuid(), account, OneAtlasWire.Payload(request), now, deliveries);
        lock (_gate)
        {
            if (_balances[account] < order.Price)
            {
                order.Status = OrderStatus.Rejected;
                foreach (var delivery in deliveries)
                {
                    delivery.Status = "rejected";
                    delivery.ErrorCode = "INSUFFICIENT_BALANCE";
                    delivery.Message = $"The order costs {order.Price} credits and the balance is {_balances[account]}.";
                }
            }
            else
            {
                _balances[account] -= order.Price;
            }

            _orders.Add(order);
            return OneAtlasWire.Order(order, root);
        }
    }

    /// <summary>One order of the account; a read counts as a poll and may complete its deliveries.</summary>
    public Order? Poll(OneAtlasAccount account, Guid orderId, string root)
    {
        lock (_gate)
        {
            var order = Find(account, orderId);
            if (order is null)
            {
                return null;
            }

            order.Polls++;
            Advance(order);
            return OneAtlasWire.Order(order, root);
        }
    }

    public ICollection<Delivery>? Deliveries(OneAtlasAccount account, Guid orderId, string root)
    {
        lock (_gate)
        {
            var order = Find(account, orderId);
            if (order is null)
            {
                return null;
            }

            Advance(order);
            return order.Deliveries.Select(delivery => OneAtlasWire.Delivery(delivery, order, root)).ToList();
        }
    }

    public Delivery? Delivery(OneAtlasAccount account, Guid deliveryId, string root)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Account == account && order.Deliveries.Any(delivery => delivery.Id == deliveryId));
            if (order is null)
            {
                return null;
            }

            Advance(order);
            return OneAtlasWire.Delivery(order.Deliveries.First(delivery => delivery.Id == deliveryId), order, root);
        }
    }

    /// <summary>The status of one order, or null when it does not exist, without counting a poll.</summary>
    public OrderStatus? Status(Guid orderId)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Id == orderId);
            if (order is not null)
            {
                Advance(order);
            }

            return order?.Status;
        }
    }

    /// <summary>One page of the account's orders, newest first, filtered by status, kind and tags (comma-separated; an order must carry every one).</summary>
    public OrderList List(OneAtlasAccount account, OrderStatus? status, string? kind, string? tags, int page, int itemsPerPage, string root)
    {
        var wanted = tags?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        lock (_gate)
        {
            foreach (var order in _orders)
            {
                Advance(order);
            }

            var matching = _orders
                .Where(order => order.Account == account && (status is null || order.Status == status) && (kind is null || order.Payload.Kind == kind)
                    && wanted.All(tag => order.Payload.Tags?.Contains(tag) == true))
                .Reverse()
                .ToArray();
            var startIndex = (page - 1) * itemsPerPage;
            return new OrderList
            {
                StartIndex = startIndex,
                ItemsPerPage = itemsPerPage,
                TotalResults = Math.Min(matching.Length, _options.ListCountLimit),
                CountLimitReached = matching.Length > _options.ListCountLimit,
                Items = matching.Skip(startIndex).Take(itemsPerPage).Select(order => OneAtlasWire.Order(order, root)).ToList(),
            };
        }
    }

    /// <summary>One page of the catalogue items the account sees (the Living Library and its own delivered products).</summary>
    public SearchResponse Search(OneAtlasAccount account, CatalogueQuery query, string root)
    {
        IReadOnlyList<CatalogueEntry> delivered;
        lock (_gate)
        {
            foreach (var order in _orders)
            {
                Advance(order);
            }

            delivered = _delivered.Where(entry => entry.Item.Workspace == account.Workspace).ToList();
        }

        var (page, total) = CatalogueSearch.Run(_catalogue.Concat(delivered), query, Rules.ConstellationOf);
        return CatalogueWire.Page(page, total, query, root, Rules.ConstellationOf);
    }

    /// <summary>The values a catalogue property takes among the items the account sees, or null for a property the simulator does not list.</summary>
    public IReadOnlyList<string>? Domain(OneAtlasAccount account, string propertyName)
    {
        Func<OneAtlasCatalogueItem, string>? value = propertyName switch
        {
            "constellation" => Rules.ConstellationOf,
            "platform" => item => item.Platform,
            "processingLevel" => item => item.ProcessingLevel,
            "productType" => item => item.ProductType,
            "productionStatus" => item => item.ProductionStatus,
            "workspaceName" => item => item.Workspace.Name,
            _ => null,
        };
        if (value is null)
        {
            return null;
        }

        lock (_gate)
        {
            return _catalogue.Concat(_delivered.Where(entry => entry.Item.Workspace == account.Workspace))
                .Select(entry => value(entry.Item)).Distinct().Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>A catalogue item by id as the account sees it (to tell "no right to download" from "no such item").</summary>
    public OneAtlasCatalogueItem? Item(OneAtlasAccount account, Guid id)
    {
        lock (_gate)
        {
            return _catalogue.Concat(_delivered.Where(entry => entry.Item.Workspace == account.Workspace))
                .Select(entry => entry.Item).FirstOrDefault(item => item.Id == id);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<LedgerEntry> Entries()
    {
        lock (_gate)
        {
            return _orders.Select(order => new LedgerEntry(
                order.Id.ToString(), [.. order.Payload.Tags ?? []], WireEnum.ToWire(order.Status), order.Status == OrderStatus.Rejected ? 0 : 1)).ToList();
        }
    }

    /// <summary>Puts a not yet delivered order and its deliveries in <c>error</c>; false when there is no such order or it is settled.</summary>
    public bool Fail(Guid orderId, string errorCode, string message)
    {
        lock (_gate)
        {
            var order = _orders.FirstOrDefault(order => order.Id == orderId);
            if (order is null || order.Status != OrderStatus.Ordered)
            {
                return false;
            }

            order.Status = OrderStatus.Error;
            var now = _options.TimeProvider.GetUtcNow();
            foreach (var delivery in order.Deliveries)
            {
                delivery.Status = "error";
                delivery.ErrorCode = errorCode;
                delivery.Message = message;
                delivery.UpdatedAt = now;
            }

            return true;
        }
    }

    private OneAtlasOrder? Find(OneAtlasAccount account, Guid orderId) =>
        _orders.FirstOrDefault(order => order.Id == orderId && order.Account == account);

    private void Advance(OneAtlasOrder order)
    {
        if (order.Status != OrderStatus.Ordered)
        {
            return;
        }

        var now = _options.TimeProvider.GetUtcNow();
        var byPolls = _options.DeliverAfterPolls is { } polls && order.Polls >= polls;
        var byTime = _options.DeliverAfter is { } delay && now - order.CreatedAt >= delay;
        if (!byPolls && !byTime)
        {
            return;
        }

        order.Status = OrderStatus.Delivered;
        foreach (var delivery in order.Deliveries)
        {
            delivery.Status = "delivered";
            delivery.UpdatedAt = now;
            delivery.DeliveredAt = now;
            delivery.DeliveredItem = DeliveredItem(order.Account, delivery, now);
            _delivered.Add(CatalogueEntry.Of(delivery.DeliveredItem));
        }
    }

    // The delivered product is a new catalogue item of the account's workspace: the ordered image clipped to the AOI.
    private static OneAtlasCatalogueItem DeliveredItem(OneAtlasAccount account, OneAtlasDelivery delivery, DateTimeOffset now)
    {
        var ordered = delivery.Item;
        var aoi = GeoJsonPolygon.FromCoordinates(delivery.Product.Aoi.Coordinates.Select(ring => ring.Select(position => position.ToArray()).ToArray()).ToArray());
        return ordered with
        {
            Id = Guid.NewGuid(),
            Footprint = aoi,
            PublicationDate = now,
            ProcessingLevel = "SENSOR",
            Workspace = account.Workspace,
            OrderedItemId = ordered.Id,
        };
    }
}
