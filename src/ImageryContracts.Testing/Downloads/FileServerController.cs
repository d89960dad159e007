using ImageryContracts.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ImageryContracts.Testing.Downloads;

/// <summary>The <see cref="SimulatedFileServer"/>'s only route: a file by name, or 404.</summary>
[ApiController]
internal sealed class FileServerController(IReadOnlyDictionary<string, SimulatedDownload> files, IVendorErrors errors) : ControllerBase
{
    [HttpGet(SimulatedFileServer.FilesPath + "/{name}")]
    [HttpHead(SimulatedFileServer.FilesPath + "/{name}")]
    public IActionResult Get(string name) =>
        files.TryGetValue(name, out var download)
            ? new SimulatedDownloadResult(download)
            : NotFound(errors.Body(StatusCodes.Status404NotFound, $"No file '{name}' is served; add it with SimulatedFileServer.Add first."));
}
