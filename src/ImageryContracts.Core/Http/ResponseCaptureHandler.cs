using System.Text;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace ImageryContracts.Http;

/// <summary>
/// Buffers every answer's body inside the attempt (so a slow body counts against the attempt timeout, and a body can
/// be read again after a parse failure) and, when the request carries a <see cref="ResponseCaptureOption"/>, records
/// there what was sent and the answer's status, headers and the start of its body. A request marked as a download
/// (<see cref="StreamedResponse"/>) is passed through unbuffered: its body is a file, read as it arrives.
/// </summary>
public sealed class ResponseCaptureHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var capture = request.GetRequestOption<ResponseCaptureOption>();
        capture?.RecordSent(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (StreamedResponse.IsRequested(request))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        if (capture is not null)
        {
            capture.Record(response, await ReadStartAsync(response.Content, cancellationToken).ConfigureAwait(false));
        }

        return response;
    }

    // Reads the buffered copy and rewinds it, so the parser downstream still sees the whole body.
    private static async Task<string?> ReadStartAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (!stream.CanSeek)
        {
            return null;
        }

        var buffer = new byte[ResponseCaptureOption.MaxBodyCharacters];
        var length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        return length == 0 ? string.Empty : Encoding.UTF8.GetString(buffer, 0, length);
    }
}
