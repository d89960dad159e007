using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;

namespace ImageryContracts.OneAtlas;

/// <summary>
/// How to reach OneAtlas and how patiently: bound from a configuration section (for example <c>OneAtlas</c>, so the key
/// is <c>OneAtlas:ApiKey</c> or the environment variable <c>OneAtlas__ApiKey</c>) and checked at start.
/// </summary>
public sealed class OneAtlasOptions
{
    /// <summary>The data API's server, as the spec states it.</summary>
    public const string DefaultBaseUrl = "https://data.api.oneatlas.airbus.com";

    /// <summary>The token exchange, on OneAtlas' separate authentication server.</summary>
    public const string DefaultTokenUrl = "https://authenticate.foundation.api.oneatlas.airbus.com/auth/realms/IDP/protocol/openid-connect/token";

    /// <summary>The catalogue search server, as the spec states it.</summary>
    public const string DefaultSearchUrl = "https://search.foundation.api.oneatlas.airbus.com";

    /// <summary>The access server that serves delivered products, as the spec states it.</summary>
    public const string DefaultAccessUrl = "https://access.foundation.api.oneatlas.airbus.com";

    /// <summary>The OneAtlas API key exchanged for access tokens. Required; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The data API's base URL; HTTPS, or HTTP to a loopback simulator. Default <see cref="DefaultBaseUrl"/>.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The token endpoint's full URL; HTTPS, or HTTP to a loopback simulator. Default <see cref="DefaultTokenUrl"/>.</summary>
    public string TokenUrl { get; set; } = DefaultTokenUrl;

    /// <summary>
    /// The catalogue search server's base URL; HTTPS, or HTTP to a loopback simulator. The bearer token is sent there
    /// too. Default <see cref="DefaultSearchUrl"/>.
    /// </summary>
    public string SearchUrl { get; set; } = DefaultSearchUrl;

    /// <summary>
    /// The access server's base URL, where delivered products are downloaded from; HTTPS, or HTTP to a loopback
    /// simulator. The bearer token is sent there too, and a delivery's download link must point there. Default
    /// <see cref="DefaultAccessUrl"/>.
    /// </summary>
    public string AccessUrl { get; set; } = DefaultAccessUrl;

    /// <summary>How many images one page of a catalogue search holds, 1 to 500 (the vendor's maximum). Default 100.</summary>
    public int SearchPageSize { get; set; } = 100;

    /// <summary>How downloads retry, resume, bound their parallelism and report progress.</summary>
    public DownloadOptions Download { get; set; } = new();

    /// <summary>How many orders one page of the order list holds while listing or looking an order up. Default 50.</summary>
    public int ListPageSize { get; set; } = 50;

    /// <summary>Timeouts and retries of the HTTP pipeline.</summary>
    public HttpReliabilityOptions Http { get; set; } = new();

    /// <summary>How order creation resends, looks up after ambiguous failures, and holds journal claims.</summary>
    public OrderCreationOptions Creation { get; set; } = new();

    /// <summary>How <c>WaitForDeliveryAsync</c> polls: backoff, jitter and deadline.</summary>
    public PollingOptions Polling { get; set; } = new();
}
