using System.Globalization;
using ImageryContracts.Http;

namespace ImageryContracts.Downloads;

/// <summary>
/// One attempt failed in a way a later attempt may not: a reset or stalled connection, a timeout, 408, 429 or 5xx.
/// The retry strategy handles only this type; when attempts run out it becomes an <see cref="ImageryApiException"/>.
/// </summary>
internal sealed class TransientDownloadException : Exception
{
    public TransientDownloadException(string message, ImageryFailureKind kind, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public ImageryFailureKind Kind { get; }

    public int? StatusCode { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The transient failure an exception from the network stands for, or null when it is not one.</summary>
    /// <param name="exception">What sending or reading threw.</param>
    /// <param name="stalled">Whether the stall timer had fired (its cancellation is then a timeout, not the caller's).</param>
    /// <param name="stallTimeout">The stall timeout, named in the message.</param>
    public static TransientDownloadException? FromNetwork(Exception exception, bool stalled, TimeSpan stallTimeout) => exception switch
    {
        OperationCanceledException when stalled => new(string.Create(CultureInfo.InvariantCulture, $"nothing arrived for {stallTimeout.TotalSeconds:0.###} s (the stall timeout)"), ImageryFailureKind.Timeout, exception),
        TimeoutException or TaskCanceledException { InnerException: TimeoutException } => new(SecretRedactor.RedactText(exception.Message), ImageryFailureKind.Timeout, exception),
        HttpRequestException or IOException => new($"the connection failed: {SecretRedactor.RedactText(exception.Message)}", ImageryFailureKind.Connection, exception),
        _ => null,
    };
}
