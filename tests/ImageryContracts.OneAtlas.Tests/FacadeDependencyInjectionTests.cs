using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class FacadeDependencyInjectionTests
{
    [Fact]
    public void Bad_settings_fail_at_start_with_one_message_per_setting_naming_it_and_the_fix()
    {
        var services = new ServiceCollection();
        services.AddOneAtlas(Section(new Dictionary<string, string?>
        {
            ["Vendors:OneAtlas:ApiKey"] = "",
            ["Vendors:OneAtlas:BaseUrl"] = "http://data.api.oneatlas.airbus.com",
            ["Vendors:OneAtlas:Http:Retries"] = "20",
            ["Vendors:OneAtlas:Http:TotalTimeout"] = "00:00:10",
            ["Vendors:OneAtlas:Creation:MaxSendAttempts"] = "0",
            ["Vendors:OneAtlas:SearchUrl"] = "http://search.foundation.api.oneatlas.airbus.com",
            ["Vendors:OneAtlas:SearchPageSize"] = "1000",
            ["Vendors:OneAtlas:Download:MaxParallel"] = "0",
        }).GetSection("Vendors:OneAtlas"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
        [
            "Vendors:OneAtlas:ApiKey is empty; set it to the API key of your OneAtlas account (environment variable Vendors__OneAtlas__ApiKey).",
            "Vendors:OneAtlas:BaseUrl is 'http://data.api.oneatlas.airbus.com/', plain HTTP to a remote host, which would send tokens and keys in clear text; use https://data.api.oneatlas.airbus.com (plain HTTP is accepted only for loopback hosts such as 127.0.0.1 or localhost).",
            "Vendors:OneAtlas:Http:TotalTimeout is 00:00:10; set it longer than Vendors:OneAtlas:Http:AttemptTimeout (00:00:30), since it bounds every attempt together.",
            "Vendors:OneAtlas:Http:Retries is 20; set 0 (no retries) to 10.",
            "Vendors:OneAtlas:Creation:MaxSendAttempts is 0; set 1 or more (1 sends once and never resends).",
            "Vendors:OneAtlas:SearchUrl is 'http://search.foundation.api.oneatlas.airbus.com/', plain HTTP to a remote host, which would send tokens and keys in clear text; use https://search.foundation.api.oneatlas.airbus.com (plain HTTP is accepted only for loopback hosts such as 127.0.0.1 or localhost).",
            "Vendors:OneAtlas:SearchPageSize is 1000; set 1 to 500 (OneAtlas' largest page).",
            "Vendors:OneAtlas:Download:MaxParallel is 0; set 1 or more.",
        ], error.Failures);
    }

    [Fact]
    public void Good_settings_pass_at_start_and_resolve_the_facade()
    {
        var services = new ServiceCollection();
        services.AddOneAtlas(options => options.ApiKey = "key");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var orders = provider.GetRequiredService<OneAtlasOrdering>().Client.Api.V1.Orders.ToGetRequestInformation();
        Assert.Equal("https://data.api.oneatlas.airbus.com/api/v1/orders", orders.URI.ToString());
    }

    [Fact]
    public async Task The_token_is_sent_to_the_search_and_access_hosts_as_well_as_the_data_host()
    {
        // The simulator serves every host; "localhost" is another host name for it than the data URL's 127.0.0.1, so the
        // search succeeds only if the token goes to the search host too.
        var port = FreePort();
        var searchHost = $"http://localhost:{port}";
        await using var harness = await FacadeHarness.StartAsync(
            new OneAtlasSimulatorOptions { Port = port },
            settings: new Dictionary<string, string?> { ["OneAtlas:SearchUrl"] = searchHost });

        var image = await harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow).FirstAsync();

        Assert.NotEqual(Guid.Empty, image.Id);
        Assert.Contains($"POST {searchHost}/api/v2/opensearch answered 200", harness.Logs.AllText, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Every_call_is_logged_with_the_api_key_the_token_and_the_authorization_header_redacted()
    {
        await using var harness = await FacadeHarness.StartAsync();

        await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));

        var log = harness.Logs.AllText;
        Assert.Contains($"POST {harness.Simulator.TokenUrl} answered 200", log);
        Assert.Contains($"POST {harness.Simulator.BaseUrl}/api/v1/orders answered 201", log);
        Assert.Contains("Authorization: Bearer ***", log);
        Assert.Contains("OrderCreated", log);
        Assert.DoesNotContain(harness.Simulator.ApiKey, log);
        Assert.DoesNotContain("eyJ", log);
    }

    private static IConfiguration Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
