using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;

namespace ImageryContracts.DataCosmos;

/// <summary>
/// How to reach DataCosmos and how patiently: bound from a configuration section (for example <c>DataCosmos</c>, so the
/// secret is <c>DataCosmos:ClientSecret</c> or the environment variable <c>DataCosmos__ClientSecret</c>) and checked at start.
/// </summary>
public sealed class DataCosmosOptions
{
    /// <summary>The data API's server, as the spec states it.</summary>
    public const string DefaultBaseUrl = "https://app.open-cosmos.com/api/data";

    /// <summary>The token exchange, on Open Cosmos' Auth0 tenant.</summary>
    public const string DefaultTokenUrl = "https://login.open-cosmos.com/oauth/token";

    /// <summary>The client id issued by Open Cosmos. Required.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret issued by Open Cosmos. Required; never logged.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The buying organisation's numeric id. Required.</summary>
    public long OrganisationId { get; set; }

    /// <summary>The contract orders and prices use; <c>null</c> for the organisation's default contract.</summary>
    public long? ContractId { get; set; }

    /// <summary>The data API's base URL; HTTPS, or HTTP to a loopback simulator. Default <see cref="DefaultBaseUrl"/>.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The token endpoint's full URL; HTTPS, or HTTP to a loopback simulator. Default <see cref="DefaultTokenUrl"/>.</summary>
    public string TokenUrl { get; set; } = DefaultTokenUrl;

    /// <summary>Timeouts and retries of the HTTP pipeline.</summary>
    public HttpReliabilityOptions Http { get; set; } = new();

    /// <summary>How order creation and checkout resend and look up after ambiguous failures.</summary>
    public OrderCreationOptions Creation { get; set; } = new();

    /// <summary>How <c>WaitUntilPaidAsync</c> polls: backoff, jitter and deadline.</summary>
    public PollingOptions Polling { get; set; } = new();

    /// <summary>How <c>DownloadAsync</c> fetches the purchased files: attempts, backoff, stall timeout and parallelism.</summary>
    public DownloadOptions Downloads { get; set; } = new();
}
