using System.Text;
using System.Text.Json.Nodes;

namespace ImageryContracts.Testing.Tests.Support;

/// <summary>Raw HTTP against a simulator's base URL, with paths written as the spec writes them.</summary>
internal abstract class SimulatorHttp(VendorSimulator sim) : IDisposable
{
    public HttpClient Client { get; } = new() { BaseAddress = new Uri(sim.BaseUrl + "/") };

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public Task<HttpResponseMessage> PostAsync(string path, string json) =>
        Client.PostAsync(path.TrimStart('/'), new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path.TrimStart('/'));

    public void Dispose() => Client.Dispose();
}
