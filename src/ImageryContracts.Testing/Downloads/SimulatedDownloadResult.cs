using Microsoft.AspNetCore.Mvc;

namespace ImageryContracts.Testing.Downloads;

/// <summary>
/// An MVC result that serves a <see cref="SimulatedDownload"/> through <see cref="DownloadResponder"/>; return it from a
/// controller action (it converts to <c>ActionResult&lt;T&gt;</c>, as every <see cref="ActionResult"/> does).
/// </summary>
/// <param name="download">What to serve.</param>
public sealed class SimulatedDownloadResult(SimulatedDownload download) : ActionResult
{
    /// <summary>What is served.</summary>
    public SimulatedDownload Download { get; } = download ?? throw new ArgumentNullException(nameof(download));

    /// <inheritdoc />
    public override Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DownloadResponder.WriteAsync(context.HttpContext, Download);
    }
}
