using ImageryContracts.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageryContracts.Ordering;

/// <summary>
/// Creates a vendor order so that a fault never yields two orders or a lost one, although the vendors offer no
/// idempotency key. The creation request is never retried blindly (the caller sends it with
/// <see cref="RetryPolicy.Never"/>). A refusal (4xx) ends at once; a 429 waits as told and resends, since a
/// rate-limited request was not carried out. An ambiguous failure (timeout, broken connection, 5xx, a lost or unreadable
/// success answer) is settled by looking for the order in the vendor's list: found, it is returned; absent for the
/// whole <see cref="OrderCreationOptions.LookupGrace"/> (a list may lag behind a creation), the request is sent
/// again; the list unreadable, <see cref="OrderOutcomeUnknownException"/> and nothing is resent.
/// </summary>
/// <remarks>
/// The lookup must find exactly the order this call created and no other, which each vendor's facade guarantees its
/// own way (a unique tag, or line items compared against the orders that existed before).
/// </remarks>
public static class AtMostOnceCreation
{
    /// <summary>Creates the order at most once.</summary>
    /// <typeparam name="TOrder">The vendor's order model.</typeparam>
    /// <param name="orderReference">What identifies the order in logs and messages (a tag, the line items).</param>
    /// <param name="send">Sends the creation request once, with <see cref="RetryPolicy.Never"/>.</param>
    /// <param name="findCreated">Looks for the order this call created in the vendor's list; <c>null</c> when absent.</param>
    /// <param name="options">Attempts and waits; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock of the waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Where each decision is logged; <c>null</c> for none.</param>
    /// <param name="cancellationToken">Stops waiting; a request already sent may still have been carried out.</param>
    /// <returns>The order and how it was obtained.</returns>
    /// <exception cref="ImageryApiException">The vendor refused the order, or every attempt failed and the last lookup showed no order.</exception>
    /// <exception cref="OrderOutcomeUnknownException">A failure left the outcome unknown and the order list could not be read.</exception>
    public static async Task<OrderCreationResult<TOrder>> CreateAsync<TOrder>(
        string orderReference,
        Func<CancellationToken, Task<TOrder>> send,
        Func<CancellationToken, Task<TOrder?>> findCreated,
        OrderCreationOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
        where TOrder : class
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(findCreated);
        options ??= new OrderCreationOptions();
        if (options.Problems(nameof(OrderCreationOptions)) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var time = timeProvider ?? TimeProvider.System;
        logger ??= NullLogger.Instance;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var order = await send(cancellationToken).ConfigureAwait(false);
                OrderCreationLog.Created(logger, orderReference, attempt, string.Empty);
                return new OrderCreationResult<TOrder>(order, orderReference, attempt, FoundByLookup: false);
            }
            catch (ImageryApiException limited) when (limited.StatusCode == 429 && attempt < options.MaxSendAttempts)
            {
                var wait = limited.RetryAfter ?? options.RateLimitDelay;
                OrderCreationLog.RateLimited(logger, orderReference, attempt, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (ImageryApiException ambiguous) when (ambiguous.MayHaveBeenProcessed)
            {
                OrderCreationLog.Ambiguous(logger, orderReference, attempt, ambiguous.Message);
                await Task.Delay(options.SettleDelay, time, cancellationToken).ConfigureAwait(false);
                var sent = attempt;
                var found = await LookUpAsync(
                    orderReference, findCreated, lookupFailure => new OrderOutcomeUnknownException(orderReference, sent, ambiguous, lookupFailure), options, time, logger, cancellationToken).ConfigureAwait(false);
                if (found is not null)
                {
                    OrderCreationLog.Created(logger, orderReference, attempt, ", found in the order list after the failure");
                    return new OrderCreationResult<TOrder>(found, orderReference, attempt, FoundByLookup: true);
                }

                if (attempt >= options.MaxSendAttempts)
                {
                    OrderCreationLog.NotCreated(logger, orderReference, attempt);
                    throw;
                }

                OrderCreationLog.NotFoundResending(logger, orderReference, attempt);
            }
        }
    }

    /// <summary>
    /// Looks for an order that may have been created: found, it is returned; absent, the list is read again every
    /// <see cref="OrderCreationOptions.LookupRetryDelay"/> until <see cref="OrderCreationOptions.LookupGrace"/> has passed
    /// since the first read, then <c>null</c>. A failing read is retried with backoff while transient, up to
    /// <see cref="OrderCreationOptions.LookupAttempts"/>; then <paramref name="unknown"/> is thrown.
    /// </summary>
    internal static async Task<TOrder?> LookUpAsync<TOrder>(
        string orderReference, Func<CancellationToken, Task<TOrder?>> findCreated, Func<Exception, OrderOutcomeUnknownException> unknown,
        OrderCreationOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
        where TOrder : class
    {
        var graceEnds = time.GetUtcNow() + options.LookupGrace;
        var failures = 0;
        for (var lookup = 1; ; lookup++)
        {
            try
            {
                if (await findCreated(cancellationToken).ConfigureAwait(false) is { } found)
                {
                    return found;
                }

                failures = 0;
                if (time.GetUtcNow() >= graceEnds)
                {
                    return null;
                }

                OrderCreationLog.NotListedYet(logger, orderReference, lookup);
                await Task.Delay(options.LookupRetryDelay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (ImageryApiException failure)
            {
                failures++;
                OrderCreationLog.LookupFailed(logger, orderReference, lookup, failure.Message);
                if (!failure.IsTransient || failures >= options.LookupAttempts)
                {
                    throw unknown(failure);
                }

                await Task.Delay(options.LookupRetryDelay * Math.Pow(2, failures - 1), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
