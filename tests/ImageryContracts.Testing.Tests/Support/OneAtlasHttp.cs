using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.Testing.Tests.Support;

/// <summary>Raw HTTP against a OneAtlas simulator: the token exchange and JSON calls, with the seed's request bodies.</summary>
internal sealed class OneAtlasHttp(OneAtlasSimulator sim) : SimulatorHttp(sim)
{
    public const string ToulouseAoi =
        """{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.4089965820312502,43.63408731864001],[1.5078735351562496,43.63408731864001],[1.5078735351562496,43.59829500262717],[1.4089965820312502,43.59829500262717]]]}""";

    public const string DenverAoi =
        """{"type":"Polygon","coordinates":[[[-104.775823,39.790956],[-104.776331,39.790956],[-104.776331,39.791346],[-104.775823,39.791346],[-104.775823,39.790956]]]}""";

    public static string Product(
        OneAtlasCatalogueItem item, string productType = "bundle", string radiometricProcessing = "REFLECTANCE", string aoi = ToulouseAoi, string crsCode = "urn:ogc:def:crs:EPSG::4326") =>
        $$"""{"productType":"{{productType}}","radiometricProcessing":"{{radiometricProcessing}}","imageFormat":"image/jp2","crsCode":"{{crsCode}}","id":"{{item.Id}}","aoi":{{aoi}}}""";

    public static string RequestOfKind(string kind, params string[] products) =>
        $$"""{"kind":"{{kind}}","products":[{{string.Join(",", products)}}]}""";

    public static string Request(params string[] products) => RequestOfKind("order.data.product", products);

    public async Task<HttpResponseMessage> TokenAsync(string apiKey) =>
        await Client.PostAsync(OneAtlasSimulator.TokenPath.TrimStart('/'), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["apikey"] = apiKey,
            ["grant_type"] = "api_key",
            ["client_id"] = "IDP",
        }));

    public async Task AuthenticateAsync()
    {
        var token = await JsonAsync(await TokenAsync(sim.ApiKey));
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
    }

    public async Task<JsonObject> CreateOrderAsync(string body)
    {
        var response = await PostAsync("/api/v1/orders", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await JsonAsync(response);
    }
}
