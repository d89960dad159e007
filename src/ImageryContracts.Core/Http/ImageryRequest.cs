using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ImageryContracts.Http;

/// <summary>
/// The options one call to a generated request builder carries: the response capture the error translation reads, and
/// the retry policy. Pass <see cref="Configure{T}"/> as the builder's <c>requestConfiguration</c>.
/// </summary>
public sealed class ImageryRequest
{
    /// <summary>Creates the options of one call.</summary>
    /// <param name="retry">Which retries the pipeline may apply.</param>
    public ImageryRequest(RetryPolicy retry = RetryPolicy.Default) => Retry = retry;

    /// <summary>Which retries the pipeline may apply.</summary>
    public RetryPolicy Retry { get; }

    /// <summary>The last answer of this call, filled by <see cref="ResponseCaptureHandler"/>.</summary>
    public ResponseCaptureOption Capture { get; } = new();

    /// <summary>Adds this call's options to a generated builder's request configuration.</summary>
    /// <typeparam name="T">The builder's query-parameter type.</typeparam>
    /// <param name="configuration">The configuration the builder passes in.</param>
    public void Configure<T>(RequestConfiguration<T> configuration)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Options.Add(Capture);
        configuration.Options.Add(new RetryPolicyOption(Retry));
        if (Retry == RetryPolicy.Never)
        {
            // The kit's pipeline has no Kiota retry handler; a client built with Kiota's defaults has one, and must not resend either.
            configuration.Options.Add(new RetryHandlerOption { MaxRetry = 0 });
        }
    }
}
