using ImageryContracts.Testing.Hosting;

namespace ImageryContracts.Testing.Downloads;

/// <summary>The <see cref="SimulatedFileServer"/>'s error body: <c>{"status": 404, "message": "…"}</c>, no vendor's shape.</summary>
internal sealed class FileServerErrors : IVendorErrors
{
    public object Body(int statusCode, string message, string? field = null) => new { status = statusCode, message, field };
}
