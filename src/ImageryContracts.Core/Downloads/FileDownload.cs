using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ImageryContracts.Http;
using ImageryContracts.Telemetry;
using Polly;

namespace ImageryContracts.Downloads;

/// <summary>
/// One file's download: its partial file, its attempts, and the decision after each answer whether the bytes on disk
/// are continued (206 from the right byte, for the same file), kept as they are (416 for a part that is already whole),
/// or thrown away (200, or a server whose file is not the one the part holds).
/// </summary>
internal sealed class FileDownload(DownloadRequest request, HttpMessageInvoker http, DownloadOptions options, TimeProvider time, ProgressReporter progress)
{
    private PartFile _part = null!;
    private int _attempts;
    private int _resumes;
    private int _restarts;

    private enum Answer
    {
        Whole,
        Rest,
        AlreadyWhole,
        OtherFile,
    }

    public async Task<DownloadResult> RunAsync(ResiliencePipeline retry, CancellationToken cancellationToken)
    {
        using var part = PartFile.Open(request);
        _part = part;
        var committed = false;
        try
        {
            await retry.ExecuteAsync(static (self, token) => self.AttemptAsync(token), this, cancellationToken).ConfigureAwait(false);

            // A call cancelled once its last byte is in leaves the whole part for the next call, which finds it complete (416).
            cancellationToken.ThrowIfCancellationRequested();
            await HashIfCheckedAsync(cancellationToken).ConfigureAwait(false);
            var md5 = part.Md5Hex();
            var verified = Verify(md5);
            part.Commit(options.FlushToDisk);
            committed = true;
            progress.Complete(part.Length);
            return new DownloadResult(request.TargetPath, part.Length, md5, verified, _attempts, _resumes, _restarts);
        }
        catch (TransientDownloadException last)
        {
            throw DownloadErrors.GaveUp(request, last, _attempts, part.Length);
        }
        finally
        {
            // A part without bytes has nothing to resume; it is not left behind.
            if (!committed && part.Length == 0)
            {
                part.Discard();
            }
        }
    }

    private async ValueTask AttemptAsync(CancellationToken cancellationToken)
    {
        _attempts++;
        using var stall = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
        while (true)
        {
            using var response = await SendAsync(_part.Length, stall, linked.Token, cancellationToken).ConfigureAwait(false);
            switch (await ClassifyAsync(response, cancellationToken).ConfigureAwait(false))
            {
                case Answer.Whole:
                    if (_part.Length > 0)
                    {
                        _restarts++;
                    }

                    _part.StartOver(ExpectLength(ValidatorOf(response, response.Content.Headers.ContentLength)));
                    await CopyAsync(response, stall, linked.Token, cancellationToken).ConfigureAwait(false);
                    return;
                case Answer.Rest:
                    _resumes++;
                    _part.Adopt(ValidatorOf(response, response.Content.Headers.ContentRange!.Length));
                    await CopyAsync(response, stall, linked.Token, cancellationToken).ConfigureAwait(false);
                    return;
                case Answer.AlreadyWhole:
                    return;
                default:
                    // The part belongs to a file the server no longer serves: ask again for the whole of the new one.
                    _restarts++;
                    _part.StartOver(null);
                    break;
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(long offset, CancellationTokenSource stall, CancellationToken linked, CancellationToken cancellationToken)
    {
        using var message = await request.CreateRequest(cancellationToken).ConfigureAwait(false);
        message.Headers.Range = offset > 0 ? new RangeHeaderValue(offset, null) : null;
        message.Headers.IfRange = offset > 0 && _part.Validator?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag) && !tag.IsWeak
            ? new RangeConditionHeaderValue(tag)
            : null;
        StreamedResponse.Request(message);
        stall.CancelAfter(options.StallTimeout);
        try
        {
            return http is HttpClient client
                ? await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked).ConfigureAwait(false)
                : await http.SendAsync(message, linked).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && TransientDownloadException.FromNetwork(exception, stall.IsCancellationRequested, options.StallTimeout) is { } transient)
        {
            throw transient;
        }
    }

    private async Task<Answer> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var offset = _part.Length;
        var range = response.Content.Headers.ContentRange;
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return Answer.Whole;
            case HttpStatusCode.PartialContent when offset > 0:
                if (range is not { Unit: "bytes", From: { } from } || from != offset)
                {
                    return Answer.OtherFile;
                }

                return _part.Validator!.Vouches(ExpectLength(ValidatorOf(response, range.Length))) ? Answer.Rest : Answer.OtherFile;
            case HttpStatusCode.RequestedRangeNotSatisfiable when offset > 0:
                return range?.Length == offset && _part.Validator!.Vouches(ValidatorOf(response, range.Length)) ? Answer.AlreadyWhole : Answer.OtherFile;
            case HttpStatusCode.PartialContent or HttpStatusCode.RequestedRangeNotSatisfiable:
                throw DownloadErrors.Unreadable(request, response, "it answered a request for the whole file as if it had asked for a range");
        }

        var status = (int)response.StatusCode;
        if (status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500)
        {
            throw new TransientDownloadException(string.Create(CultureInfo.InvariantCulture, $"the server answered HTTP {status} {VendorCallRunner.ReasonOf(status)}"), ImageryFailureKind.ErrorStatus)
            {
                StatusCode = status,
                RetryAfter = ResponseCaptureOption.ReadRetryAfter(response.Headers.RetryAfter, response.Headers.Date),
            };
        }

        throw await DownloadErrors.ErrorStatusAsync(request, response, offset, cancellationToken).ConfigureAwait(false);
    }

    // Two buffers: while one is written to disk and hashed (on the thread pool), the next read fills the other, so the
    // hashing a checked file costs overlaps the network instead of adding to it.
    private async Task CopyAsync(HttpResponseMessage response, CancellationTokenSource stall, CancellationToken linked, CancellationToken cancellationToken)
    {
        var total = _part.Validator?.Length;
        await HashIfCheckedAsync(cancellationToken).ConfigureAwait(false);
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(options.BufferSize), ArrayPool<byte>.Shared.Rent(options.BufferSize)];
        Task? appending = null;
        try
        {
            var body = await response.Content.ReadAsStreamAsync(linked).ConfigureAwait(false);
            for (var turn = 0; ; turn ^= 1)
            {
                stall.CancelAfter(options.StallTimeout);
                int read;
                try
                {
                    read = await body.ReadAsync(buffers[turn].AsMemory(0, options.BufferSize), linked).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                    && TransientDownloadException.FromNetwork(exception, stall.IsCancellationRequested, options.StallTimeout) is { } transient)
                {
                    throw transient;
                }

                if (appending is not null)
                {
                    await appending.ConfigureAwait(false);
                    appending = null;
                    progress.Report(_part.Length, total);
                }

                if (read == 0)
                {
                    break;
                }

                progress.Received(read);
                ImageryTelemetry.RecordDownloadedBytes(request.Vendor, read);
                appending = _part.AppendAsync(buffers[turn].AsMemory(0, read)).AsTask();
            }
        }
        finally
        {
            // The part's length must be settled before anything else touches it; a disk error outranks a network one.
            if (appending is not null)
            {
                await appending.ConfigureAwait(false);
            }

            ArrayPool<byte>.Shared.Return(buffers[0]);
            ArrayPool<byte>.Shared.Return(buffers[1]);
        }

        if (total is { } length && _part.Length != length)
        {
            if (_part.Length > length)
            {
                _part.Discard();
                throw DownloadErrors.Integrity(request, DownloadIntegrityCheck.Length, Bytes(length), Bytes(_part.Length), "the server");
            }

            throw new TransientDownloadException(string.Create(CultureInfo.InvariantCulture, $"the body ended after {_part.Length} of {length} bytes"), ImageryFailureKind.Connection);
        }
    }

    // The server's length is checked against the caller's as soon as it is known: a wrong file is not worth downloading.
    private PartValidator ExpectLength(PartValidator server)
    {
        if (request.ExpectedLength is { } expected && server.Length is { } announced && announced != expected)
        {
            _part.Discard();
            throw DownloadErrors.Integrity(request, DownloadIntegrityCheck.Length, Bytes(expected), Bytes(announced) + " (announced by the server)", "the caller");
        }

        return server;
    }

    // Only a file someone can check is hashed: the caller gave an MD5, or the server announced one.
    private Task HashIfCheckedAsync(CancellationToken cancellationToken) =>
        (request.ExpectedMd5 ?? _part.Validator?.Md5) is null ? Task.CompletedTask : _part.StartHashingAsync(options.BufferSize, cancellationToken);

    private bool Verify(string? md5)
    {
        var length = _part.Length;
        if (request.ExpectedLength is { } expected && expected != length)
        {
            _part.Discard();
            throw DownloadErrors.Integrity(request, DownloadIntegrityCheck.Length, Bytes(expected), Bytes(length), "the caller");
        }

        var checks = new[] { (Md5: request.ExpectedMd5, By: "the caller"), (Md5: _part.Validator?.Md5, By: "the server") };
        foreach (var (wanted, by) in checks)
        {
            if (wanted is not null && !string.Equals(wanted, md5, StringComparison.OrdinalIgnoreCase))
            {
                _part.Discard();
                throw DownloadErrors.Integrity(request, DownloadIntegrityCheck.Md5, wanted, md5!, by);
            }
        }

        return checks.Any(check => check.Md5 is not null);
    }

    private PartValidator ValidatorOf(HttpResponseMessage response, long? length) =>
        new(length, response.Headers.ETag?.ToString(), request.Md5FromResponse?.Invoke(response));

    private static string Bytes(long count) => string.Create(CultureInfo.InvariantCulture, $"{count} bytes");
}
