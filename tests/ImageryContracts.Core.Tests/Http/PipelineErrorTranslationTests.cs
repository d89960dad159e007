using System.Net;
using System.Text.Json;
using ImageryContracts.Http;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.Core.Tests.Http;

public sealed class PipelineErrorTranslationTests
{
    private readonly PipelineUnderTest _pipeline = new();

    [Fact]
    public async Task A_vendor_error_body_reaches_the_caller_typed_with_status_message_and_request_id()
    {
        _pipeline.Network.Then(HttpStatusCode.BadRequest, """{"message":"Invalid product type","correlationId":"corr-42"}""");

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => _pipeline.GetAsync());

        Assert.Equal(ImageryFailureKind.ErrorStatus, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Invalid product type", Assert.IsType<VendorError>(error.VendorError).ErrorMessage);
        Assert.Equal("Invalid product type", error.VendorMessage);
        Assert.Equal("corr-42", error.RequestId);
        Assert.Equal("getThing", error.Operation);
        Assert.False(error.MayHaveBeenProcessed);
        Assert.Contains("Vendor getThing failed with HTTP 400 BadRequest, request id corr-42: Invalid product type.", error.Message);
    }

    [Fact]
    public async Task A_request_id_header_wins_over_the_body_and_the_raw_body_is_kept()
    {
        _pipeline.Network.Then(HttpStatusCode.Forbidden, """{"message":"No rights"}""", configure: response => response.Headers.Add("X-Request-Id", "req-7"));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => _pipeline.GetAsync());

        Assert.Equal("req-7", error.RequestId);
        Assert.Equal("""{"message":"No rights"}""", error.RawBody);
        Assert.Contains("check its contract", error.Message);
    }

    [Fact]
    public async Task An_html_error_page_becomes_an_unreadable_response_quoting_the_page()
    {
        _pipeline.Network.Then(HttpStatusCode.BadGateway, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html",
            response => response.Headers.Add("X-Request-Id", "gw-1"));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => _pipeline.GetAsync(RetryPolicy.Never));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal("gw-1", error.RequestId);
        Assert.StartsWith("text/html", error.ContentType);
        Assert.Contains("<h1>502 Bad Gateway</h1>", error.RawBody);
        Assert.Contains("content type text/html", error.Message);
        Assert.Contains("The body starts: '<html><body><h1>502 Bad Gateway</h1></body></html>'", error.Message);
        Assert.True(error.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task Malformed_json_in_a_success_answer_never_escapes_as_a_json_exception()
    {
        _pipeline.Network.Then(HttpStatusCode.OK, """{"name": "trunc""");

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => _pipeline.GetAsync());

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.Equal("$.name", error.Field);
        Assert.Equal("""{"name": "trunc""", error.RawBody);
        Assert.True(error.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task An_empty_success_answer_is_an_unreadable_response()
    {
        _pipeline.Network.Then(HttpStatusCode.NoContent);

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => _pipeline.GetAsync());

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Contains("the answer was empty or lacked the content the spec describes", error.Message);
    }

    [Fact]
    public async Task A_reset_connection_on_a_post_is_a_connection_failure_sent_once()
    {
        _pipeline.Network.ThenThrow(new HttpRequestException("Connection reset by peer", new IOException("reset")));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => _pipeline.PostAsync(RetryPolicy.Default));

        Assert.Equal(ImageryFailureKind.Connection, error.Kind);
        Assert.Null(error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(_pipeline.Network.Sent);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_passes_through_unchanged()
    {
        using var cancellation = new CancellationTokenSource();
        _pipeline.Network.ThenHang();

        var call = _pipeline.GetAsync(cancellationToken: cancellation.Token);
        await _pipeline.Network.NextRequestArrivedAsync();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
