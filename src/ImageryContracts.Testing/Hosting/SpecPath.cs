using Microsoft.AspNetCore.Http;

namespace ImageryContracts.Testing.Hosting;

/// <summary>A request's path as the spec writes it: relative to the server URL (DataCosmos serves under <c>/api/data</c>).</summary>
internal static class SpecPath
{
    public static string Of(HttpContext context, string basePath)
    {
        var path = context.Request.Path.Value ?? "/";
        return basePath.Length > 0 && path.StartsWith(basePath, StringComparison.OrdinalIgnoreCase) ? path[basePath.Length..] : path;
    }
}
