using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.DataCosmos;

/// <summary>The generated root client, with the adapter the facade needs for URLs the vendor hands out whole.</summary>
public partial class DataCosmosClient
{
    /// <summary>
    /// The request adapter, which authenticates a request (the bearer token goes only to the base URL's host). The
    /// facade builds asset downloads through it: their hrefs come from the vendor and are never templated.
    /// </summary>
    internal IRequestAdapter Adapter => RequestAdapter;
}
