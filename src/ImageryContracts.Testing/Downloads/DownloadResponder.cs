using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ImageryContracts.Testing.Downloads;

/// <summary>
/// Writes a <see cref="SimulatedDownload"/> to a response as a file server would: <c>Content-Length</c>,
/// <c>Content-Type</c>, <c>Content-Disposition</c>, <c>ETag</c> and checksum headers on GET and HEAD (HEAD sends no
/// body), and one byte range per request (<c>bytes=N-</c>, <c>bytes=N-M</c>, <c>bytes=-N</c>) answered 206 with
/// <c>Content-Range</c>, or 416 when it starts past the end. A Range header that is malformed, names several ranges, or
/// fails its <c>If-Range</c> is ignored (200 with the whole body), which RFC 9110 allows. The body is generated block by
/// block into one pooled buffer, whatever its length.
/// </summary>
public static class DownloadResponder
{
    private const int BlockSize = 64 * 1024;

    /// <summary>Answers the current request (GET or HEAD) with <paramref name="download"/>.</summary>
    /// <param name="context">The request and its response, not yet started.</param>
    /// <param name="download">What to serve.</param>
    /// <returns>Completes when the body is written or the connection is gone.</returns>
    public static async Task WriteAsync(HttpContext context, SimulatedDownload download)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(download);
        var response = context.Response;
        var length = download.Content.Length;
        WriteDescription(response, download);

        var (start, count) = (0L, length);
        if (download.SupportsRanges)
        {
            response.Headers.AcceptRanges = "bytes";
            switch (RequestedRange(context.Request, download, length))
            {
                case null:
                    break;
                case var (first, last) when first < length:
                    (start, count) = (first, Math.Min(last, length - 1) - first + 1);
                    response.StatusCode = StatusCodes.Status206PartialContent;
                    response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {start}-{start + count - 1}/{length}");
                    break;
                default:
                    response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                    response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes */{length}");
                    response.ContentLength = 0;
                    return;
            }
        }

        response.ContentLength = count;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await WriteBodyAsync(context, download.Content, start, count);
    }

    private static void WriteDescription(HttpResponse response, SimulatedDownload download)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = download.ContentType;
        if (download.FileName is { } name)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(name);
            response.Headers.ContentDisposition = disposition.ToString();
        }

        if (download.ETag is { } etag)
        {
            response.Headers.ETag = etag;
        }

        if (download.Checksum is { } checksum)
        {
            response.Headers[checksum.MethodHeader] = checksum.Method;
            response.Headers[checksum.ValueHeader] = download.Content.Md5Hex;
        }
    }

    // The one range asked for, as inclusive first and last byte (last may lie past the end), or null to send everything.
    // A suffix range (bytes=-N) becomes the last N bytes; one of zero bytes, or any range of an empty file, is unsatisfiable.
    private static (long First, long Last)? RequestedRange(HttpRequest request, SimulatedDownload download, long length)
    {
        var header = request.Headers.Range;
        if (header.Count != 1
            || !RangeHeaderValue.TryParse(header.ToString(), out var parsed)
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            || parsed.Ranges.Count != 1
            || !IfRangeHolds(request, download))
        {
            return null;
        }

        var range = parsed.Ranges.Single();
        return (range.From, range.To) switch
        {
            ({ } from, var to) => (from, to ?? long.MaxValue),
            (null, { } suffix) when suffix > 0 && length > 0 => (Math.Max(0, length - suffix), length - 1),
            _ => (long.MaxValue, long.MaxValue),
        };
    }

    // Only a strong entity tag equal to ours validates a range; a date (we send no Last-Modified) never does.
    private static bool IfRangeHolds(HttpRequest request, SimulatedDownload download)
    {
        var ifRange = request.Headers.IfRange;
        return ifRange.Count == 0
            || (download.ETag is { } etag && string.Equals(ifRange.ToString(), etag, StringComparison.Ordinal));
    }

    private static async Task WriteBodyAsync(HttpContext context, SimulatedContent content, long start, long count)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            var aborted = context.RequestAborted;
            for (var position = start; position < start + count && !aborted.IsCancellationRequested;)
            {
                var size = (int)Math.Min(BlockSize, start + count - position);
                content.Fill(position, buffer.AsSpan(0, size));
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, size), aborted);
                position += size;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away, or a fault cut the connection: nothing is left to answer.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
