using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.ClientTestKit;

/// <summary>Kiota's HTTP request adapter without authentication, as the tests drive the generated clients.</summary>
public static class AnonymousAdapter
{
    /// <summary>An adapter over a real <see cref="HttpClient"/>, or over <paramref name="handler"/> when given.</summary>
    /// <param name="handler">The in-memory server, if any.</param>
    /// <returns>The adapter.</returns>
    public static HttpClientRequestAdapter Create(HttpMessageHandler? handler = null) =>
        new(new AnonymousAuthenticationProvider(), httpClient: handler is null ? null : new HttpClient(handler));
}
