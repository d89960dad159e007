using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>OneAtlas errors as the spec's <c>ApiError</c> (the Foundation APIs' shape, plus Keycloak's two fields on the token server).</summary>
internal sealed class OneAtlasErrors(TimeProvider time) : IVendorErrors
{
    public object Body(int statusCode, string message, string? field = null) => new ApiError
    {
        CorrelationId = Guid.NewGuid().ToString(),
        InternalCode = statusCode,
        Message = message,
        Hint = field is null ? null : $"Check {field}.",
        Timestamp = time.GetUtcNow().ToUnixTimeMilliseconds(),
    };

    /// <summary>A token-server refusal: ApiError with Keycloak's <c>error</c> and <c>error_description</c>.</summary>
    public ApiError TokenRefusal(int statusCode, string error, string description)
    {
        var body = (ApiError)Body(statusCode, description);
        body.Error = error;
        body.Error_description = description;
        return body;
    }
}
