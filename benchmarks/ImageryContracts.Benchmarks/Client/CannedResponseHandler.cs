using System.Net.Http.Headers;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>
/// An in-memory server: drains the request body (so a lazily serialized one is really written) and answers every
/// request with the same JSON, so a call costs the client's work and nothing of a network.
/// </summary>
internal sealed class CannedResponseHandler(byte[] json) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue ApplicationJson = new("application/json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var content = new ByteArrayContent(json);
        content.Headers.ContentType = ApplicationJson;
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
