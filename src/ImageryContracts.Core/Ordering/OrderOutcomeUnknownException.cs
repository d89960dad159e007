namespace ImageryContracts.Ordering;

/// <summary>
/// An order creation failed ambiguously and the vendor's order list could not be read to settle it: the order may or
/// may not exist. Nothing was resent. Look for <see cref="OrderReference"/> in the vendor's order list before placing
/// the order again.
/// </summary>
public sealed class OrderOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="orderReference">What identifies the order in the vendor's list (a tag, the line items).</param>
    /// <param name="sendAttempts">How many times the creation request was sent.</param>
    /// <param name="creationFailure">The ambiguous failure of the last creation attempt.</param>
    /// <param name="lookupFailure">Why the order list could not be read.</param>
    public OrderOutcomeUnknownException(string orderReference, int sendAttempts, Exception creationFailure, Exception lookupFailure)
        : base(
            $"The order {orderReference} may or may not have been created: sending it failed ambiguously ({creationFailure.Message}) and the order list could not be read to check ({lookupFailure.Message}). Nothing was resent; look for {orderReference} in the vendor's order list before ordering again.",
            new AggregateException(creationFailure, lookupFailure))
    {
        OrderReference = orderReference;
        SendAttempts = sendAttempts;
    }

    /// <summary>Creates the exception for an intent an earlier attempt left without an answer (a crash, a restart, another worker).</summary>
    /// <param name="orderReference">What identifies the order in the vendor's list (a tag, the line items).</param>
    /// <param name="lookupFailure">Why the order list could not be read.</param>
    public OrderOutcomeUnknownException(string orderReference, Exception lookupFailure)
        : base(
            $"The order {orderReference} may or may not have been created: an earlier attempt left no answer in the order journal, and the order list could not be read to check ({lookupFailure.Message}). Nothing was resent; the journal keeps the intent as 'unknown' and the next call with this reference looks again. To settle it by hand, look for {orderReference} in the vendor's order list.",
            lookupFailure)
    {
        OrderReference = orderReference;
    }

    /// <summary>What identifies the order in the vendor's list.</summary>
    public string OrderReference { get; }

    /// <summary>How many times the creation request was sent.</summary>
    public int SendAttempts { get; }
}
