namespace ImageryContracts.Ordering;

/// <summary>
/// Another worker holds a live claim on this client reference (or, where the vendor recognises orders by content
/// only, on the same content under another reference) in the order journal. Nothing was sent. Try again after
/// <see cref="LeaseExpiresAt"/>: by then the other worker has recorded the answer, or its claim can be taken over.
/// </summary>
public sealed class OrderInProgressException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="reference">The reference asked for.</param>
    /// <param name="heldReference">The reference whose claim blocks it (the same one, or another with the same content).</param>
    /// <param name="holder">The worker holding the claim.</param>
    /// <param name="leaseExpiresAt">When that claim ends unless renewed.</param>
    public OrderInProgressException(string vendor, string reference, string heldReference, string? holder, DateTimeOffset? leaseExpiresAt)
        : base(
            (heldReference == reference
                ? $"{vendor} client reference '{reference}' is being ordered by another worker ({holder ?? "unknown"})"
                : $"{vendor} client reference '{reference}' has the same content as '{heldReference}', which another worker ({holder ?? "unknown"}) is ordering; the vendor recognises such orders by content only, so they are placed one at a time")
            + $", its claim lasting until {leaseExpiresAt:O} unless renewed. Nothing was sent; try again after that.")
    {
        Vendor = vendor;
        Reference = reference;
        HeldReference = heldReference;
        Holder = holder;
        LeaseExpiresAt = leaseExpiresAt;
    }

    /// <summary>The vendor.</summary>
    public string Vendor { get; }

    /// <summary>The reference asked for.</summary>
    public string Reference { get; }

    /// <summary>The reference whose claim blocks it.</summary>
    public string HeldReference { get; }

    /// <summary>The worker holding the claim.</summary>
    public string? Holder { get; }

    /// <summary>When the claim ends unless renewed.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; }
}
