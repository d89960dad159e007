using System.Globalization;
using System.Text;
using ImageryContracts.Http;

namespace ImageryContracts.Downloads;

/// <summary>The typed errors of a download, each naming the vendor, the operation, the file and what to do.</summary>
internal static class DownloadErrors
{
    public static ImageryApiException GaveUp(DownloadRequest request, TransientDownloadException last, int attempts, long bytesKept) =>
        new(Invariant($"{request.Vendor} {request.Operation} of {Path.GetFileName(request.TargetPath)} failed {attempts} time(s), last because {last.Message}. {Kept(request, bytesKept)}"), last.InnerException ?? last)
        {
            Kind = last.Kind, Vendor = request.Vendor, Operation = request.Operation, StatusCode = last.StatusCode, RetryAfter = last.RetryAfter,
        };

    public static async Task<ImageryApiException> ErrorStatusAsync(DownloadRequest request, HttpResponseMessage response, long bytesKept, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await ReadStartAsync(response, cancellationToken).ConfigureAwait(false);
        var retryAfter = ResponseCaptureOption.ReadRetryAfter(response.Headers.RetryAfter, response.Headers.Date);
        var requestId = ResponseCaptureOption.FindRequestId(response);
        var said = body is { Length: > 0 } ? $" The body starts: {VendorCallRunner.Quote(body)}." : string.Empty;
        return new ImageryApiException(
            Invariant($"{request.Vendor} {request.Operation} of {Path.GetFileName(request.TargetPath)} failed with HTTP {status} {VendorCallRunner.ReasonOf(status)}{VendorCallRunner.RequestIdText(requestId)}.{said} {VendorCallRunner.Advice(status, retryAfter)} {Kept(request, bytesKept)}"),
            null)
        {
            Kind = ImageryFailureKind.ErrorStatus, Vendor = request.Vendor, Operation = request.Operation, StatusCode = status, RequestId = requestId,
            RawBody = body, ContentType = response.Content.Headers.ContentType?.ToString(), RetryAfter = retryAfter,
        };
    }

    public static ImageryApiException Unreadable(DownloadRequest request, HttpResponseMessage response, string why) =>
        new(Invariant($"{request.Vendor} {request.Operation} of {Path.GetFileName(request.TargetPath)} got an answer it cannot use (HTTP {(int)response.StatusCode}): {why}. The server does not follow HTTP's rules for ranges; report it to the vendor."), null)
        {
            Kind = ImageryFailureKind.UnreadableResponse, Vendor = request.Vendor, Operation = request.Operation, StatusCode = (int)response.StatusCode,
            RequestId = ResponseCaptureOption.FindRequestId(response), ContentType = response.Content.Headers.ContentType?.ToString(),
        };

    public static DownloadIntegrityException Integrity(DownloadRequest request, DownloadIntegrityCheck check, string expected, string actual, string expectedBy) =>
        new(Invariant($"{request.Vendor} {request.Operation} of {request.TargetPath}: the {(check == DownloadIntegrityCheck.Md5 ? "MD5" : "length")} is {actual}, but {expectedBy} expected {expected}. The bytes were deleted and no file was created; download again, and if it happens again the file on the server, or the value expected, is wrong."))
        {
            TargetPath = request.TargetPath, Check = check, Expected = expected, Actual = actual, ExpectedBy = expectedBy,
        };

    private static string Kept(DownloadRequest request, long bytesKept) => bytesKept > 0
        ? Invariant($"The {bytesKept} bytes received are kept in {request.PartPath}; the next call resumes from there.")
        : "No bytes are kept.";

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[ResponseCaptureOption.MaxBodyCharacters];
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return SecretRedactor.RedactText(Encoding.UTF8.GetString(buffer, 0, length));
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            // The error stands without its body.
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
