namespace ImageryContracts.Http;

/// <summary>What a vendor's error body says, read by the vendor library from its generated error model.</summary>
/// <param name="Message">The vendor's account of the error.</param>
/// <param name="RequestId">The id in the body to quote to the vendor's support (a correlation or trace id).</param>
public sealed record VendorErrorDetails(string? Message, string? RequestId);
