using System.Net;
using ImageryContracts.Http;

namespace ImageryContracts.Core.Tests.Http;

public sealed class RedactionTests
{
    [Fact]
    public void Masks_secret_query_parameters_and_keeps_the_others()
    {
        var url = SecretRedactor.RedactUrl(new Uri("https://auth.example/token?apikey=SECRET-KEY&page=2&client_secret=S3"));

        Assert.Equal("https://auth.example/token?apikey=***&page=2&client_secret=***", url);
    }

    [Fact]
    public void Masks_the_authorization_value_but_keeps_its_scheme()
    {
        Assert.Equal("Bearer ***", SecretRedactor.RedactHeader("Authorization", "Bearer eyJhbGciOi.abc.def"));
        Assert.Equal("***", SecretRedactor.RedactHeader("x-api-key", "k-123"));
        Assert.Equal("application/json", SecretRedactor.RedactHeader("Accept", "application/json"));
    }

    [Fact]
    public void Masks_tokens_keys_and_secrets_in_json_form_and_free_text()
    {
        var json = SecretRedactor.RedactText("""{"access_token":"eyJ.token.sig","expires_in":3600,"token_type":"Bearer"}""");
        var form = SecretRedactor.RedactText("apikey=MY-KEY&grant_type=api_key&client_id=IDP");
        var text = SecretRedactor.RedactText("header was Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        Assert.Equal("""{"access_token":"***","expires_in":3600,"token_type":"Bearer"}""", json);
        Assert.Equal("apikey=***&grant_type=api_key&client_id=IDP", form);
        Assert.Equal("header was Bearer ***", text);
    }

    [Fact]
    public async Task The_attempt_log_shows_method_url_status_and_request_id_but_never_the_token_or_key()
    {
        var pipeline = new PipelineUnderTest();
        pipeline.Network.Then(HttpStatusCode.OK, """{"name":"x"}""", configure: response => response.Headers.Add("X-Request-Id", "req-9"));

        await pipeline.GetAsync(path: "/things/1?apikey=SECRET-KEY");

        var log = pipeline.Log.AllText;
        Assert.Contains("GET https://api.vendor.example/things/1?apikey=*** answered 200", log);
        Assert.Contains("(request id req-9)", log);
        Assert.Contains("Authorization: Bearer ***", log);
        Assert.DoesNotContain("token-1", log);
        Assert.DoesNotContain("SECRET-KEY", log);
    }

    [Fact]
    public async Task A_failed_attempt_is_logged_as_a_warning_with_secrets_masked()
    {
        var pipeline = new PipelineUnderTest(new HttpReliabilityOptions { Retries = 0 });
        pipeline.Network.ThenThrow(new HttpRequestException("refused while sending Bearer token-1"));

        await Assert.ThrowsAsync<ImageryApiException>(() => pipeline.GetAsync());

        var failure = Assert.Single(pipeline.Log.Lines, line => line.StartsWith("Warning HttpAttemptFailed", StringComparison.Ordinal));
        Assert.Contains("HttpRequestException: refused while sending Bearer ***", failure);
    }
}
