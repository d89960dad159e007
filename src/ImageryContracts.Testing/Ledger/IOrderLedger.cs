namespace ImageryContracts.Testing.Ledger;

/// <summary>A simulator state's orders as <see cref="LedgerEntry"/> rows, for <c>GET /simulator/ledger</c> and <see cref="VendorSimulator.Ledger"/>.</summary>
internal interface IOrderLedger
{
    IReadOnlyList<LedgerEntry> Entries();
}
