using System.Diagnostics;
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
    public static async Task<T> RunAsync<T>(string span, string vendor, Func<Task<T>> operation, Action<Activity, T>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        using var activity = ImageryTelemetry.Source.StartActivity(span);
        activity?.SetTag(ImageryTelemetry.VendorAttribute, vendor);
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
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.SetTag(ImageryTelemetry.ErrorTypeAttribute, exception is ImageryApiException failure ? failure.Kind.ToString() : exception.GetType().FullName);
            throw;
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
}
