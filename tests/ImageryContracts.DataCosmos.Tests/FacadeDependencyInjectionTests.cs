using ImageryContracts.Testing.DataCosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class FacadeDependencyInjectionTests
{
    [Fact]
    public void Bad_settings_fail_at_start_with_one_message_per_setting_naming_it_and_the_fix()
    {
        var services = new ServiceCollection();
        services.AddDataCosmos(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataCosmos:ClientId"] = "id",
            ["DataCosmos:TokenUrl"] = "http://login.open-cosmos.com/oauth/token",
            ["DataCosmos:Polling:Multiplier"] = "0.5",
        }).Build().GetSection("DataCosmos"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
        [
            "DataCosmos:ClientSecret is empty; set it to the client secret Open Cosmos issued (environment variable DataCosmos__ClientSecret).",
            "DataCosmos:OrganisationId is 0; set it to your organisation's numeric id (shown in the DataCosmos app).",
            "DataCosmos:TokenUrl is 'http://login.open-cosmos.com/oauth/token', plain HTTP to a remote host, which would send tokens and keys in clear text; use https://login.open-cosmos.com/oauth/token (plain HTTP is accepted only for loopback hosts such as 127.0.0.1 or localhost).",
            "DataCosmos:Polling:Multiplier is 0.5; Multiplier must be a finite number ≥ 1.",
        ], error.Failures);
    }

    [Fact]
    public async Task Every_call_is_logged_with_the_client_secret_the_token_and_the_authorization_header_redacted()
    {
        await using var harness = await FacadeHarness.StartAsync();

        await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(DataCosmosCatalogueItem.Sentinel2));

        var log = harness.Logs.AllText;
        Assert.Contains($"POST {harness.Simulator.TokenUrl} answered 200", log);
        Assert.Contains($"POST {harness.Simulator.BaseUrl}/v0/order/orders answered 200", log);
        Assert.Contains("Authorization: Bearer ***", log);
        Assert.DoesNotContain(harness.Simulator.ClientSecret, log);
        Assert.DoesNotContain("eyJ", log);
    }
}
