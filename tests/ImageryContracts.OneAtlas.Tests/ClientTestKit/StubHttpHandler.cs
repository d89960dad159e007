using System.Net;
using System.Text;

namespace ImageryContracts.ClientTestKit;

/// <summary>
/// An in-memory HTTP server for the end-to-end tests: answers each request with the canned response registered for its
/// method and absolute URL (query excluded), and records what it received.
/// </summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Dictionary<(HttpMethod, string), (HttpStatusCode Status, string Json)> _responses = [];

    /// <summary>The requests received, with their bodies read.</summary>
    public List<(HttpRequestMessage Request, string? Body)> Received { get; } = [];

    /// <summary>Registers the response to a method and URL.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="url">The absolute URL without query.</param>
    /// <param name="status">The status to answer with.</param>
    /// <param name="json">The JSON body.</param>
    /// <returns>This handler.</returns>
    public StubHttpHandler Respond(HttpMethod method, string url, HttpStatusCode status, string json)
    {
        _responses[(method, url)] = (status, json);
        return this;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Received.Add((request, body));
        var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
        if (!_responses.TryGetValue((request.Method, url), out var response))
        {
            return new HttpResponseMessage(HttpStatusCode.NotImplemented)
            {
                Content = new StringContent($"No stub for {request.Method} {url}; register one with Respond.", Encoding.UTF8, "text/plain"),
            };
        }

        return new HttpResponseMessage(response.Status) { Content = new StringContent(response.Json, Encoding.UTF8, "application/json") };
    }
}
