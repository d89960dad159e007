using System.Net;
using System.Text;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>
/// The network stand-in: answers each request with the next scripted step (a response or an exception) and records
/// what was sent. When the script runs out, the last step repeats.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _steps = new();
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _last;

    public List<SentRequest> Sent { get; } = [];

    private readonly SemaphoreSlim _arrivals = new(0);

    /// <summary>Completes when the next request (in arrival order) has reached the network; none is missed.</summary>
    public async Task NextRequestArrivedAsync() =>
        Assert.True(await _arrivals.WaitAsync(TimeSpan.FromMinutes(1)), "No request arrived within a minute of real time.");

    public ScriptedHandler Then(HttpStatusCode status, string body = "", string contentType = "application/json", Action<HttpResponseMessage>? configure = null) =>
        Then((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });

    public ScriptedHandler ThenThrow(Exception exception) => Then((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers; only the cancellation of the attempt ends the wait.</summary>
    public ScriptedHandler ThenHang() => Then(async (_, cancellationToken) =>
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    });

    public ScriptedHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _steps.Enqueue(step);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Sent)
        {
            Sent.Add(new SentRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        }

        var step = _steps.Count > 0 ? (_last = _steps.Dequeue()) : _last ?? throw new InvalidOperationException("The script is empty.");
        _arrivals.Release();
        var response = await step(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record SentRequest(HttpMethod Method, Uri Url, string? Authorization, string? Body);
