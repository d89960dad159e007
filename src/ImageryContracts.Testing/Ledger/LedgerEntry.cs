namespace ImageryContracts.Testing.Ledger;

/// <summary>
/// One order as the simulator's books hold it, whoever placed it: the ground truth a test counts duplicates and lost
/// orders against, never the client's own view.
/// </summary>
/// <param name="OrderId">The order's id.</param>
/// <param name="References">
/// The client-chosen strings the order carries: OneAtlas' <c>tags</c>; DataCosmos' line-item <c>project_id</c>s (its
/// orders carry no other free text).
/// </param>
/// <param name="Status">The order's status, as the vendor writes it.</param>
/// <param name="Payments">How many times the order was charged: OneAtlas charges at creation (0 for a rejected order); DataCosmos at each successful checkout or card payment.</param>
public sealed record LedgerEntry(string OrderId, IReadOnlyList<string> References, string Status, int Payments);
