using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.ClientTestKit;

/// <summary>Kiota's HTTP request adapter without authentication, as the tests drive the generated clients.</summary>
public static class AnonymousAdapter
{
    /// <summary>An adapter over a real <see cref="HttpClient"/>, or over <paramref name="handler"/> when given.</summary>
    /// <param name="handler">The in-memory server, if any.</param>
    /// <param name="json">
    /// The parse-node factory for <c>application/json</c>, if not the one the root client registers; registered first,
    /// so it wins over the client's.
    /// </param>
    /// <returns>The adapter.</returns>
    public static HttpClientRequestAdapter Create(HttpMessageHandler? handler = null, IParseNodeFactory? json = null) =>
        new(new AnonymousAuthenticationProvider(), json is null ? null : Registry(json), httpClient: handler is null ? null : new HttpClient(handler));

    private static ParseNodeFactoryRegistry Registry(IParseNodeFactory json)
    {
        var registry = new ParseNodeFactoryRegistry();
        registry.ContentTypeAssociatedFactories[json.ValidContentType] = json;
        return registry;
    }
}
