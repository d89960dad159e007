namespace ImageryContracts.Ordering;

/// <summary>
/// A client reference was reused with other content. A reference is an idempotency key: it stands for one order, so
/// the same reference with a different request is a caller bug, refused before anything is sent (as Stripe refuses a
/// reused idempotency key with other parameters).
/// </summary>
public sealed class ClientReferenceConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="reference">The reused reference.</param>
    /// <param name="firstFingerprint">The fingerprint of the content the reference was first used with.</param>
    /// <param name="firstContent">That content in words.</param>
    /// <param name="requestedFingerprint">The fingerprint of the refused request.</param>
    /// <param name="requestedContent">The refused request in words.</param>
    public ClientReferenceConflictException(
        string vendor, string reference, string firstFingerprint, string firstContent, string requestedFingerprint, string requestedContent)
        : base(
            $"{vendor} client reference '{reference}' was first used for {firstContent} (fingerprint {firstFingerprint}) and is now asked for {requestedContent} (fingerprint {requestedFingerprint}). "
            + "A reference stands for one order: nothing was sent. Use a new reference for a different order, or repeat the first request to get its order.")
    {
        Vendor = vendor;
        Reference = reference;
        FirstFingerprint = firstFingerprint;
        FirstContent = firstContent;
        RequestedFingerprint = requestedFingerprint;
        RequestedContent = requestedContent;
    }

    /// <summary>The vendor.</summary>
    public string Vendor { get; }

    /// <summary>The reused reference.</summary>
    public string Reference { get; }

    /// <summary>The fingerprint of the content the reference was first used with.</summary>
    public string FirstFingerprint { get; }

    /// <summary>That content in words.</summary>
    public string FirstContent { get; }

    /// <summary>The fingerprint of the refused request.</summary>
    public string RequestedFingerprint { get; }

    /// <summary>The refused request in words.</summary>
    public string RequestedContent { get; }
}
