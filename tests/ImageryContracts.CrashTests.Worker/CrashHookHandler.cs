namespace ImageryContracts.CrashTests.Worker;

/// <summary>Puts the HTTP hook points around the creation and checkout requests, outside the facade's own pipeline.</summary>
internal sealed class CrashHookHandler(CrashHooks hooks) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        var creates = request.Method == HttpMethod.Post && (path.EndsWith("/api/v1/orders", StringComparison.Ordinal) || path.EndsWith("/v0/order/orders", StringComparison.Ordinal));
        var checksOut = request.Method == HttpMethod.Post && path.EndsWith("/checkout", StringComparison.Ordinal);
        if (creates)
        {
            hooks.Reach(CrashHooks.BeforeSend, path);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (creates)
        {
            hooks.Reach(CrashHooks.BetweenSendAndAnswer, path);
        }
        else if (checksOut)
        {
            hooks.Reach(CrashHooks.DuringCheckout, path);
        }

        return response;
    }
}
