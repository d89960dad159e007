using ImageryContracts.Core.Tests.Auth;
using ImageryContracts.Http;
using ImageryContracts.Serialization;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>
/// A Kiota adapter with the kit's JSON factories over the whole <see cref="ImageryHttpPipeline"/>, bearer auth included, talking to a
/// <see cref="ScriptedHandler"/>: what a generated client does, without the generated client.
/// </summary>
internal sealed class PipelineUnderTest
{
    public const string Host = "api.vendor.example";

    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = VendorError.CreateFromDiscriminatorValue,
    };

    public PipelineUnderTest(HttpReliabilityOptions? options = null, TimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider();
        Tokens = new CountingTokenProvider(Time, TimeSpan.FromHours(1));
        var http = ImageryHttpPipeline.CreateHttpClient(
            options ?? new HttpReliabilityOptions { RetryDelay = TimeSpan.Zero },
            Log, Tokens, Network, Time);
        Adapter = new HttpClientRequestAdapter(
            new BearerTokenAuthenticationProvider(Tokens, Host), new Utf8JsonParseNodeFactory(), new Utf8JsonSerializationWriterFactory(), http);
    }

    public TimeProvider Time { get; }

    public ScriptedHandler Network { get; } = new();

    public CountingTokenProvider Tokens { get; }

    public ListLogger Log { get; } = new();

    public HttpClientRequestAdapter Adapter { get; }

    public VendorCallRunner Runner { get; } = new("Vendor", error => error is VendorError vendor ? new VendorErrorDetails(vendor.ErrorMessage, vendor.CorrelationId) : null);

    public Task<Thing> GetAsync(RetryPolicy retry = RetryPolicy.Default, string path = "/things/1", CancellationToken cancellationToken = default) =>
        SendAsync(Method.GET, path, retry, cancellationToken);

    public Task<Thing> PostAsync(RetryPolicy retry, CancellationToken cancellationToken = default) =>
        SendAsync(Method.POST, "/things", retry, cancellationToken);

    private Task<Thing> SendAsync(Method method, string path, RetryPolicy retry, CancellationToken cancellationToken) =>
        Runner.RunAsync(method == Method.GET ? "getThing" : "createThing", retry, request =>
        {
            var information = new RequestInformation { HttpMethod = method, URI = new Uri($"https://{Host}{path}") };
            information.Headers.TryAdd("Accept", "application/json");
            if (method == Method.POST)
            {
                information.SetContentFromParsable(Adapter, "application/json", new Thing { Name = "new" });
            }

            information.Configure<DefaultQueryParameters>(request.Configure);
            return Adapter.SendAsync(information, Thing.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
        }, cancellationToken);
}
