namespace ImageryContracts.Testing.Hosting;

/// <summary>A vendor's error body, so every error a simulator sends (validation, auth, injected faults) has the vendor's shape.</summary>
internal interface IVendorErrors
{
    /// <summary>The error body for a status code and a message naming the problem and its fix.</summary>
    /// <param name="statusCode">The HTTP status code sent with it.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="field">The request field at fault, if any.</param>
    object Body(int statusCode, string message, string? field = null);
}
