namespace ImageryContracts.Journal.Tests.Recovery;

/// <summary>
/// A vendor in memory whose orders are the truth the recovery tests count: it can carry out a creation and lose the
/// answer, list an order late, or fail to list at all.
/// </summary>
internal sealed class ScriptedVendor
{
    private readonly List<(string Reference, string Id)> _orders = [];

    public int Sends { get; private set; }

    public int Lookups { get; private set; }

    /// <summary>How many more lookups miss an order that exists (a lagging list).</summary>
    public int HiddenLookups { get; set; }

    /// <summary>Whether lookups fail (the list cannot be read).</summary>
    public bool ListBroken { get; set; }

    public IReadOnlyList<string> OrdersOf(string reference) => [.. _orders.Where(order => order.Reference == reference).Select(order => order.Id)];

    /// <summary>Carries out a creation, as a request that reached the vendor before its sender died.</summary>
    public string Create(string reference)
    {
        Sends++;
        var id = $"order-{_orders.Count + 1}";
        _orders.Add((reference, id));
        return id;
    }

    public CreationSteps<string> Steps(string reference, string fingerprint = "sha256:aaaa", Func<Task>? duringSend = null) => new()
    {
        Intent = new OrderIntent("Vendor", reference, fingerprint, $"content {fingerprint}"),
        OrderReference = $"tagged {reference}",
        Send = async _ =>
        {
            var id = Create(reference);
            if (duringSend is not null)
            {
                await duringSend();
            }

            return id;
        },
        FindCreated = (_, _) => Find(reference),
        AnswerOf = id => id,
        Replay = (answer, _) => Task.FromResult(answer),
    };

    public Task<string?> Find(string reference)
    {
        Lookups++;
        if (ListBroken)
        {
            throw new Http.ImageryApiException("HTTP 403", null) { Kind = Http.ImageryFailureKind.ErrorStatus, Vendor = "Vendor", Operation = "listOrders", StatusCode = 403 };
        }

        if (HiddenLookups > 0)
        {
            HiddenLookups--;
            return Task.FromResult<string?>(null);
        }

        return Task.FromResult(OrdersOf(reference).FirstOrDefault());
    }
}
