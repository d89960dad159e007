using System.Globalization;
using System.Net;
using System.Text.Json;
using ImageryContracts.Serialization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ImageryContracts.Http;

/// <summary>
/// Runs calls to a vendor's generated request builders and turns every failure into one
/// <see cref="ImageryApiException"/>: Kiota's <see cref="ApiException"/> (with the generated error model as the vendor
/// error), unreadable bodies (malformed JSON, HTML pages, empty answers), timeouts and broken connections, and the
/// resilience pipeline's own refusals (Polly's timeout, open circuit and rate-limit rejections). Cancellation by the
/// caller passes through unchanged. A successful answer whose model lacks a field the spec requires is unreadable too,
/// naming the field; what an answer carries that the spec does not list is kept in the models and reported as wire
/// drift (<see cref="WireDriftWarnings"/>).
/// </summary>
public sealed class VendorCallRunner
{
    private const int QuotedBodyCharacters = 200;

    // The standard pipeline names its strategies; a timeout rejection says which one fired.
    private static readonly string? TotalTimeoutStrategy = new HttpStandardResilienceOptions().TotalRequestTimeout.Name;

    private readonly Func<ApiException, VendorErrorDetails?> _describeError;
    private readonly ILogger _logger;

    /// <summary>Creates the runner.</summary>
    /// <param name="vendor">The vendor, named in every message (for example <c>OneAtlas</c>).</param>
    /// <param name="describeError">Reads the vendor's message and request id from its generated error models; <c>null</c> when it has none.</param>
    /// <param name="logger">Where wire drift is logged; <c>null</c> for nowhere (it is still counted).</param>
    public VendorCallRunner(string vendor, Func<ApiException, VendorErrorDetails?>? describeError = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendor);
        Vendor = vendor;
        _describeError = describeError ?? (_ => null);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The vendor, named in every message.</summary>
    public string Vendor { get; }

    /// <summary>Runs one call and returns its non-empty result.</summary>
    /// <typeparam name="T">The response model.</typeparam>
    /// <param name="operation">The spec's operationId, named in errors.</param>
    /// <param name="retry">Which retries the pipeline may apply to the request.</param>
    /// <param name="call">Calls the generated builder, passing <see cref="ImageryRequest.Configure{T}"/> as its request configuration.</param>
    /// <param name="cancellationToken">The caller's cancellation, passed through unchanged.</param>
    /// <returns>The response model.</returns>
    /// <exception cref="ImageryApiException">The call failed, or the vendor answered with no body (or <paramref name="call"/> found no content in it), or without a field the spec requires.</exception>
    public async Task<T> RunAsync<T>(string operation, RetryPolicy retry, Func<ImageryRequest, Task<T?>> call, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        var request = new ImageryRequest(retry);
        T? result;
        using (var drift = WireDrift.Begin())
        {
            try
            {
                result = await call(request).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsCallFailure(exception) && !IsCallerCancellation(exception, cancellationToken))
            {
                throw Translate(operation, exception, request.Capture);
            }

            WireDriftWarnings.Shared.Report(_logger, Vendor, operation, drift);
        }

        if (result is IJsonModel model && model.FindMissingRequired() is { } missing)
        {
            throw Unreadable(operation, request.Capture, $"the field {missing}, which the spec requires, is missing or holds a value of another type", null, field: missing);
        }

        return result ?? throw Unreadable(operation, request.Capture, "the answer was empty or lacked the content the spec describes", null);
    }

    /// <summary>
    /// Runs one call whose answer wraps its content (an envelope such as <c>{"data": …, "errors": …}</c>) and returns
    /// the non-empty content: the envelope is checked for the fields the spec requires first, so a missing or
    /// unreadable content is named.
    /// </summary>
    /// <typeparam name="TResponse">The response model (the envelope).</typeparam>
    /// <typeparam name="T">The content model.</typeparam>
    /// <param name="operation">The spec's operationId, named in errors.</param>
    /// <param name="retry">Which retries the pipeline may apply to the request.</param>
    /// <param name="call">Calls the generated builder, passing <see cref="ImageryRequest.Configure{T}"/> as its request configuration.</param>
    /// <param name="content">Takes the content out of the envelope.</param>
    /// <param name="cancellationToken">The caller's cancellation, passed through unchanged.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ImageryApiException">The call failed, or the answer lacked a field the spec requires or the content.</exception>
    public async Task<T> RunAsync<TResponse, T>(
        string operation, RetryPolicy retry, Func<ImageryRequest, Task<TResponse?>> call, Func<TResponse, T?> content, CancellationToken cancellationToken)
        where TResponse : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(content);
        ResponseCaptureOption? capture = null;
        var response = await RunAsync(operation, retry, request =>
        {
            capture = request.Capture;
            return call(request);
        }, cancellationToken).ConfigureAwait(false);
        return content(response) ?? throw Unreadable(operation, capture!, "the answer lacked the content the spec describes", null);
    }

    /// <summary>Turns an exception from a call into an <see cref="ImageryApiException"/>.</summary>
    /// <param name="operation">The spec's operationId.</param>
    /// <param name="exception">What the HTTP stack or Kiota threw.</param>
    /// <param name="capture">The call's last answer, if any arrived.</param>
    /// <returns>The typed error, with the original as inner exception.</returns>
    public ImageryApiException Translate(string operation, Exception exception, ResponseCaptureOption capture)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(capture);
        return exception switch
        {
            ImageryApiException typed => typed,
            // Kiota wraps only a body its parse node factory rejected; a vendor error model is thrown bare.
            ApiException { InnerException: not null } unreadable =>
                Unreadable(operation, capture, SecretRedactor.RedactText(unreadable.InnerException!.Message), unreadable, unreadable.ResponseStatusCode, (unreadable.InnerException as JsonException)?.Path),
            ApiException api => ErrorStatus(operation, api, capture),
            JsonException json => Unreadable(operation, capture, SecretRedactor.RedactText(json.Message), json, field: json.Path),
            FormatException => Unreadable(operation, capture, SecretRedactor.RedactText(exception.Message), exception),
            TimeoutException or TaskCanceledException { InnerException: TimeoutException } => new ImageryApiException(
                $"{Vendor} {operation} timed out: {SecretRedactor.RedactText((exception as TimeoutException ?? exception.InnerException)!.Message)} The request may or may not have been carried out.",
                exception)
            {
                Kind = ImageryFailureKind.Timeout, Vendor = Vendor, Operation = operation,
            },
            TimeoutRejectedException timeout => new ImageryApiException(
                $"{Vendor} {operation} timed out: {TimeoutText(timeout, capture)} The request may or may not have been carried out.",
                exception)
            {
                Kind = ImageryFailureKind.Timeout, Vendor = Vendor, Operation = operation,
            },
            BrokenCircuitException open => new ImageryApiException(
                string.Create(CultureInfo.InvariantCulture, $"{Vendor} {operation} was not sent: the circuit breaker is open after repeated failures of {Vendor}{(open.RetryAfter is { } wait ? $" and lets a call through again in {wait.TotalSeconds:0.#} s" : string.Empty)}. Nothing reached the vendor; retry later."),
                exception)
            {
                Kind = ImageryFailureKind.NotSent, Vendor = Vendor, Operation = operation, RetryAfter = open.RetryAfter,
            },
            ExecutionRejectedException rejected => new ImageryApiException(
                $"{Vendor} {operation} was not sent: the resilience pipeline rejected it ({rejected.GetType().Name}: {SecretRedactor.RedactText(rejected.Message)}), usually because too many calls are in flight. Nothing reached the vendor; retry later.",
                exception)
            {
                Kind = ImageryFailureKind.NotSent, Vendor = Vendor, Operation = operation,
            },
            HttpRequestException or IOException => new ImageryApiException(
                $"{Vendor} {operation} lost its connection: {SecretRedactor.RedactText(exception.Message)} Check the base URL and the network; the request may or may not have been carried out.",
                exception)
            {
                Kind = ImageryFailureKind.Connection, Vendor = Vendor, Operation = operation,
            },
            _ => new ImageryApiException($"{Vendor} {operation} failed unexpectedly: {exception.GetType().Name}: {SecretRedactor.RedactText(exception.Message)}", exception)
            {
                Kind = ImageryFailureKind.Connection, Vendor = Vendor, Operation = operation,
            },
        };
    }

    private ImageryApiException ErrorStatus(string operation, ApiException api, ResponseCaptureOption capture)
    {
        var status = api.ResponseStatusCode;
        var details = _describeError(api);
        var requestId = capture.RequestId ?? details?.RequestId;
        var vendorMessage = details?.Message is { Length: > 0 } said ? SecretRedactor.RedactText(said) : null;
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{Vendor} {operation} failed with HTTP {status} {ReasonOf(status)}{RequestIdText(requestId)}: {vendorMessage ?? "the answer carried no error message"}. {Advice(status, capture.RetryAfter)}");
        return new ImageryApiException(message, api)
        {
            Kind = ImageryFailureKind.ErrorStatus, Vendor = Vendor, Operation = operation, StatusCode = status,
            VendorError = api is Microsoft.Kiota.Abstractions.Serialization.IParsable ? api : null, VendorMessage = vendorMessage, RequestId = requestId,
            RawBody = capture.BodyStart, ContentType = capture.ContentType, RetryAfter = capture.RetryAfter,
        };
    }

    private ImageryApiException Unreadable(string operation, ResponseCaptureOption capture, string why, Exception? inner, int? status = null, string? field = null)
    {
        status ??= capture.StatusCode;
        var body = capture.BodyStart is { Length: > 0 } start
            ? $" The body starts: {Quote(start)}."
            : string.Empty;
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{Vendor} {operation} got an answer it cannot read (HTTP {status?.ToString(CultureInfo.InvariantCulture) ?? "?"}, content type {capture.ContentType ?? "none"}{RequestIdText(capture.RequestId)}): {why}.{body} The spec promises JSON here; an HTML page usually comes from a proxy or gateway in front of the vendor. Retry later, or quote the request id to the vendor.");
        return new ImageryApiException(message, inner)
        {
            Kind = ImageryFailureKind.UnreadableResponse, Vendor = Vendor, Operation = operation, StatusCode = status, Field = field,
            RequestId = capture.RequestId, RawBody = capture.BodyStart, ContentType = capture.ContentType, RetryAfter = capture.RetryAfter,
        };
    }

    // What a vendor call can fail with; anything else (a configuration error, a bug) propagates unchanged.
    private static bool IsCallFailure(Exception exception) =>
        exception is ApiException or JsonException or FormatException or TimeoutException or HttpRequestException or IOException
            or TaskCanceledException { InnerException: TimeoutException } or ExecutionRejectedException;

    private static string TimeoutText(TimeoutRejectedException timeout, ResponseCaptureOption capture)
    {
        var request = capture.Request ?? "the request";
        return timeout.TelemetrySource?.StrategyName == TotalTimeoutStrategy
            ? string.Create(CultureInfo.InvariantCulture, $"{request} did not complete within the total timeout of {timeout.Timeout.TotalSeconds:0.###} s, retries and waits included; raise the total timeout if the vendor is slow.")
            : string.Create(CultureInfo.InvariantCulture, $"{request} gave no complete answer within {timeout.Timeout.TotalSeconds:0.###} s; raise the attempt timeout if the vendor is slow.");
    }

    private static bool IsCallerCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    internal static string RequestIdText(string? requestId) => requestId is null ? string.Empty : $", request id {requestId}";

    internal static string ReasonOf(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : string.Empty;

    internal static string Quote(string body)
    {
        var flat = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= QuotedBodyCharacters ? $"'{flat}'" : $"'{flat[..QuotedBodyCharacters]}…'";
    }

    internal static string Advice(int status, TimeSpan? retryAfter) => status switch
    {
        400 or 422 => "The vendor refused the request's content; fix the fields it names.",
        401 => "The credentials were refused even after a fresh token; check the API key or client id and secret.",
        403 => "The account lacks the rights for this; check its contract, subscription or token scopes.",
        404 => "The vendor does not know this resource, or this account cannot see it; check the id.",
        409 => "The resource is not in a state that allows this; read it again before retrying.",
        429 => retryAfter is { } wait
            ? string.Create(CultureInfo.InvariantCulture, $"The vendor is rate-limiting this account; wait {wait.TotalSeconds:0.#} s before retrying.")
            : "The vendor is rate-limiting this account; wait before retrying.",
        >= 500 => "The vendor failed; retry later. A request that changes state may or may not have been carried out.",
        _ => "See the vendor's message.",
    };
}
