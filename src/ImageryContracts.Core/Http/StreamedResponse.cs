namespace ImageryContracts.Http;

/// <summary>
/// Marks a request whose answer is a file: the pipeline's handlers leave its body unread, so it streams from the socket
/// to the caller instead of being buffered in memory (<see cref="ResponseCaptureHandler"/> buffers every other answer).
/// </summary>
public static class StreamedResponse
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("ImageryContracts.StreamedResponse");

    /// <summary>Marks <paramref name="request"/> so its answer's body is streamed, never buffered.</summary>
    /// <param name="request">The request, before it is sent.</param>
    public static void Request(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, true);
    }

    /// <summary>Whether <paramref name="request"/> asked for its answer to be streamed.</summary>
    /// <param name="request">The request.</param>
    /// <returns><c>true</c> when <see cref="Request"/> marked it.</returns>
    public static bool IsRequested(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var streamed) && streamed;
    }
}
