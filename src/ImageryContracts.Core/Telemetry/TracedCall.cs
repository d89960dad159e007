using System.Diagnostics;
using System.Runtime.CompilerServices;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;

namespace ImageryContracts.Telemetry;

/// <summary>
/// Runs a facade operation inside its span of <see cref="ImageryTelemetry.Source"/>: the vendor on the span, the
/// outcome's attributes, and on failure the error status with <c>error.type</c>. One line per operation:
/// <c>return await TracedCall.RunAsync(ImageryTelemetry.SearchSpan, vendor, () => …);</c>
/// </summary>
public static class TracedCall
{
    /// <summary>Runs an operation in a span.</summary>
    /// <typeparam name="T">The operation's result.</typeparam>
    /// <param name="span">The span's name, one of <see cref="ImageryTelemetry"/>'s (such as <see cref="ImageryTelemetry.PriceSpan"/>).</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="describe">Adds the result's attributes to the span, when it is recorded.</param>
    /// <returns>The operation's result.</returns>
    public static Task<T> RunAsync<T>(string span, string vendor, Func<Task<T>> operation, Action<Activity, T>? describe = null) =>
        RunAsync(span, vendor, [], operation, describe);

    /// <summary>
    /// Runs a paged search in one <see cref="ImageryTelemetry.SearchSpan"/> span, from the first item asked for until the
    /// enumeration ends, fails or is abandoned (the enumerator disposed, as <c>await foreach</c> does on <c>break</c>); so
    /// its duration includes the caller's work between items. Every page is read under the span, whichever context
    /// the caller enumerates from, and the span ends with the pages read and the items yielded.
    /// </summary>
    /// <typeparam name="T">The search's results.</typeparam>
    /// <param name="vendor">The vendor.</param>
    /// <param name="search">The search, given the callback to call once per page read.</param>
    /// <param name="cancellationToken">Stops the search (combined with the one <c>WithCancellation</c> gives).</param>
    /// <returns>The search's results, as the search yields them.</returns>
    public static async IAsyncEnumerable<T> SearchAsync<T>(
        string vendor, Func<Action, IAsyncEnumerable<T>> search, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        using var activity = ImageryTelemetry.Source.StartActivity(ImageryTelemetry.SearchSpan);
        activity?.SetTag(ImageryTelemetry.VendorAttribute, vendor);
        var pages = 0;
        var items = 0;
        IAsyncEnumerator<T>? results = null;
        try
        {
            results = search(() => pages++).GetAsyncEnumerator(cancellationToken);
            while (await NextAsync(results, activity).ConfigureAwait(false))
            {
                items++;
                yield return results.Current;
            }
        }
        finally
        {
            if (results is not null)
            {
                await results.DisposeAsync().ConfigureAwait(false);
            }

            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag(ImageryTelemetry.SearchPagesAttribute, pages).SetTag(ImageryTelemetry.SearchItemsAttribute, items);
            }
        }
    }

    /// <summary>Runs a poll in an <see cref="ImageryTelemetry.PollSpan"/> span that records how many reads it took.</summary>
    /// <typeparam name="T">What is polled.</typeparam>
    /// <param name="vendor">The vendor.</param>
    /// <param name="poll">The poll.</param>
    /// <returns>The poll's result.</returns>
    public static Task<PollResult<T>> PollAsync<T>(string vendor, Func<Task<PollResult<T>>> poll) =>
        RunAsync(ImageryTelemetry.PollSpan, vendor, poll, (span, result) => span.SetTag(ImageryTelemetry.PollAttemptsAttribute, result.Attempts));

    /// <summary>
    /// Runs an order creation in an <see cref="ImageryTelemetry.OrderSpan"/> span and counts its outcome: created,
    /// found by lookup, refused (<see cref="ImageryApiException"/>) or unknown (<see cref="OrderOutcomeUnknownException"/>).
    /// </summary>
    /// <typeparam name="TOrder">The vendor's order model.</typeparam>
    /// <param name="vendor">The vendor.</param>
    /// <param name="creation">The creation, at most once.</param>
    /// <param name="orderId">Reads the vendor's id of the order.</param>
    /// <returns>The creation's result.</returns>
    public static async Task<OrderCreationResult<TOrder>> CreateOrderAsync<TOrder>(
        string vendor, Func<Task<OrderCreationResult<TOrder>>> creation, Func<TOrder, object?> orderId)
    {
        ArgumentNullException.ThrowIfNull(creation);
        ArgumentNullException.ThrowIfNull(orderId);
        try
        {
            var result = await RunAsync(ImageryTelemetry.OrderSpan, vendor, creation, (span, created) => span
                .SetTag(ImageryTelemetry.OrderReferenceAttribute, created.OrderReference)
                .SetTag(ImageryTelemetry.OrderIdAttribute, orderId(created.Order)?.ToString())
                .SetTag(ImageryTelemetry.SendAttemptsAttribute, created.SendAttempts)
                .SetTag(ImageryTelemetry.FoundByLookupAttribute, created.FoundByLookup)).ConfigureAwait(false);
            ImageryTelemetry.RecordOrderCreated(vendor, result.FoundByLookup);
            return result;
        }
        catch (ImageryApiException)
        {
            ImageryTelemetry.RecordOrderRefused(vendor);
            throw;
        }
        catch (OrderOutcomeUnknownException)
        {
            ImageryTelemetry.RecordOrderUnknown(vendor);
            throw;
        }
    }

    /// <summary>Runs an operation in a span that carries attributes from its start (so a failed span has them too).</summary>
    internal static async Task<T> RunAsync<T>(
        string span, string vendor, IEnumerable<KeyValuePair<string, object?>> tags, Func<Task<T>> operation, Action<Activity, T>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        using var activity = ImageryTelemetry.Source.StartActivity(span);
        if (activity is not null)
        {
            activity.SetTag(ImageryTelemetry.VendorAttribute, vendor);
            foreach (var (name, value) in tags)
            {
                activity.SetTag(name, value);
            }
        }

        try
        {
            var result = await operation().ConfigureAwait(false);
            if (activity is { IsAllDataRequested: true })
            {
                describe?.Invoke(activity, result);
            }

            return result;
        }
        catch (Exception exception) when (activity is not null)
        {
            Fail(activity, exception);
            throw;
        }
    }

    // A caller's enumeration resumes in the caller's context, where the search span is not current: each page is read
    // with the span current, so the HTTP calls of every page are its children. An async method's change of
    // Activity.Current does not flow back to its caller.
    private static async ValueTask<bool> NextAsync<T>(IAsyncEnumerator<T> results, Activity? activity)
    {
        if (activity is null)
        {
            return await results.MoveNextAsync().ConfigureAwait(false);
        }

        Activity.Current = activity;
        try
        {
            return await results.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Fail(activity, exception);
            throw;
        }
    }

    private static void Fail(Activity activity, Exception exception)
    {
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag(ImageryTelemetry.ErrorTypeAttribute, exception is ImageryApiException failure ? failure.Kind.ToString() : exception.GetType().FullName);
    }
}
