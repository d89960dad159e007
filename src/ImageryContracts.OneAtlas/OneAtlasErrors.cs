using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Models;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.OneAtlas;

/// <summary>Reads OneAtlas' error bodies (the data API's <see cref="ApiError"/>, Keycloak's fields on the token server).</summary>
internal static class OneAtlasErrors
{
    public const string Vendor = "OneAtlas";

    public static VendorCallRunner CreateRunner(Microsoft.Extensions.Logging.ILogger? logger = null) => new(Vendor, Describe, logger);

    private static VendorErrorDetails? Describe(ApiException exception) => exception is ApiError error
        ? new VendorErrorDetails(
            string.Join(" ", new[] { error.MessageEscaped ?? error.ErrorDescription ?? error.Error, error.Hint }.Where(part => !string.IsNullOrWhiteSpace(part))),
            error.CorrelationId)
        : null;
}
