namespace ImageryContracts.Auth;

/// <summary>
/// Caches a bearer token and refreshes it shortly before it expires, with exactly one token request in flight however
/// many callers ask at once. Derived classes say how to get a token (API key exchange, client credentials); this class
/// decides when. The token value is never logged, formatted into a message or exposed by <see cref="object.ToString"/>.
/// </summary>
/// <remarks>
/// The shared token request is not cancelled when one caller gives up: a caller's token only ends that caller's wait,
/// so a cancelled request does not fail everybody queued behind it. A failed request is not cached; the next caller
/// tries again.
/// </remarks>
public abstract class BearerTokenProvider
{
    private static readonly TimeSpan MaximumDefaultSkew = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _time;
    private readonly TimeSpan? _refreshBeforeExpiry;
    private readonly object _gate = new();
    private CachedToken? _current;
    private Task<CachedToken>? _refreshing;

    /// <summary>Creates the provider.</summary>
    /// <param name="timeProvider">The clock expiry is measured on; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="refreshBeforeExpiry">
    /// How long before expiry to fetch a new token. <c>null</c> (default): 10 % of the token's lifetime, at most 60 s,
    /// so a short-lived token is not refreshed on every call and a long-lived one not minutes early.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="refreshBeforeExpiry"/> is negative.</exception>
    protected BearerTokenProvider(TimeProvider? timeProvider = null, TimeSpan? refreshBeforeExpiry = null)
    {
        if (refreshBeforeExpiry < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(refreshBeforeExpiry), refreshBeforeExpiry, "The refresh margin must be zero or positive.");
        }

        _time = timeProvider ?? TimeProvider.System;
        _refreshBeforeExpiry = refreshBeforeExpiry;
    }

    /// <summary>Returns the cached token, or waits for the one shared request that fetches a new one.</summary>
    /// <param name="cancellationToken">Ends this caller's wait; the shared request continues for the others.</param>
    /// <returns>A token valid for at least the refresh margin.</returns>
    /// <exception cref="InvalidOperationException">The token request returned an empty token or a non-positive lifetime.</exception>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        Task<CachedToken> refreshing;
        TaskCompletionSource<CachedToken>? request = null;
        lock (_gate)
        {
            if (_current is { } current && _time.GetUtcNow() < current.RefreshAt)
            {
                return current.AccessToken;
            }

            if (_refreshing is null)
            {
                request = new TaskCompletionSource<CachedToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                _refreshing = request.Task;
            }

            refreshing = _refreshing;
        }

        if (request is not null)
        {
            _ = RequestAsync(request);
        }

        return (await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false)).AccessToken;
    }

    /// <summary>
    /// Drops <paramref name="rejectedToken"/> after the server refused it (HTTP 401), so the next
    /// <see cref="GetTokenAsync"/> fetches a new one. A token that is no longer the current one is ignored: when many
    /// calls fail with the same old token, only the first invalidation counts and the fresh token survives the rest.
    /// </summary>
    /// <param name="rejectedToken">The token the failed request carried.</param>
    /// <returns>Whether the cached token was dropped.</returns>
    public bool Invalidate(string rejectedToken)
    {
        ArgumentNullException.ThrowIfNull(rejectedToken);
        lock (_gate)
        {
            if (_current is { } current && string.Equals(current.AccessToken, rejectedToken, StringComparison.Ordinal))
            {
                _current = null;
                return true;
            }

            return false;
        }
    }

    /// <summary>Requests a new token from the vendor. Called by at most one caller at a time.</summary>
    /// <param name="cancellationToken">
    /// Not tied to any caller (it is <see cref="CancellationToken.None"/>): bound the request with the HTTP client's timeout.
    /// </param>
    /// <returns>The token and its lifetime.</returns>
    protected abstract Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken);

    // Never faults: the outcome goes to the waiters through the completion source, whoever is still waiting.
    private async Task RequestAsync(TaskCompletionSource<CachedToken> request)
    {
        var requestedAt = _time.GetUtcNow();
        try
        {
            var cached = Cache(await AcquireTokenAsync(CancellationToken.None).ConfigureAwait(false), requestedAt);
            lock (_gate)
            {
                _current = cached;
                _refreshing = null;
            }

            request.SetResult(cached);
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                _refreshing = null;
            }

            request.SetException(exception);
        }
    }

    private CachedToken Cache(BearerToken token, DateTimeOffset requestedAt)
    {
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            throw new InvalidOperationException($"{GetType().Name}.AcquireTokenAsync returned no access token; the token endpoint's response lacks one.");
        }

        if (token.ExpiresIn <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{GetType().Name}.AcquireTokenAsync returned a lifetime of {token.ExpiresIn}; a token must live longer than zero (check the unit of expires_in: seconds).");
        }

        // Measured from the request, not the response: the server's clock started before the token reached us.
        var margin = _refreshBeforeExpiry ?? TimeSpan.FromTicks(Math.Min(token.ExpiresIn.Ticks / 10, MaximumDefaultSkew.Ticks));
        return new CachedToken(token.AccessToken, requestedAt + token.ExpiresIn - margin);
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAt)
    {
        public override string ToString() => $"CachedToken {{ AccessToken = <redacted>, RefreshAt = {RefreshAt:O} }}";
    }
}
