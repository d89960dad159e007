using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Http;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.DataCosmos;

/// <summary>Reads DataCosmos' error bodies: the data API's <see cref="ErrorEnvelope"/> and Auth0's <see cref="TokenError"/>.</summary>
internal static class DataCosmosErrors
{
    public const string Vendor = "DataCosmos";

    public static VendorCallRunner CreateRunner(Microsoft.Extensions.Logging.ILogger? logger = null) => new(Vendor, Describe, logger);

    private static VendorErrorDetails? Describe(ApiException exception) => exception switch
    {
        ErrorEnvelope envelope => new VendorErrorDetails(
            string.Join("; ", (envelope.Errors ?? []).Select(detail => detail.Field is { Length: > 0 } field ? $"{field}: {detail.Message}" : detail.Message)),
            envelope.Errors?.Select(detail => detail.TraceId).FirstOrDefault(id => !string.IsNullOrEmpty(id))),
        TokenError token => new VendorErrorDetails(token.ErrorDescription ?? token.Error, null),
        _ => null,
    };
}
