namespace ImageryContracts.Http;

/// <summary>Why a vendor call failed, in the terms a caller acts on.</summary>
public enum ImageryFailureKind
{
    /// <summary>The vendor answered with an error status (4xx or 5xx); <see cref="ImageryApiException.VendorError"/> holds its body when it parsed.</summary>
    ErrorStatus,

    /// <summary>The vendor's answer could not be read as the spec describes it: malformed JSON, an HTML error page, an empty body.</summary>
    UnreadableResponse,

    /// <summary>No answer arrived within the attempt timeout.</summary>
    Timeout,

    /// <summary>The connection failed or was reset before a complete answer arrived.</summary>
    Connection,
}
