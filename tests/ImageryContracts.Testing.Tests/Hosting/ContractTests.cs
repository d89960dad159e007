using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.Testing.Tests.Hosting;

public sealed class ContractTests
{
    [Theory]
    [InlineData(typeof(OneAtlasController), "ImageryContracts.Testing.OneAtlas.Contract.OneAtlasControllerBase")]
    [InlineData(typeof(DataCosmosController), "ImageryContracts.Testing.DataCosmos.Contract.DataCosmosControllerBase")]
    public void Each_simulator_implements_every_operation_of_the_contract_nswag_generated_from_its_spec(Type controller, string contract)
    {
        var baseType = controller.BaseType!;

        Assert.Equal(contract, baseType.FullName);
        Assert.Contains("NSwag", baseType.GetCustomAttributesData().Single(attribute => attribute.AttributeType.Name == "GeneratedCodeAttribute").ConstructorArguments[0].Value as string);
        var operations = baseType.GetMethods().Where(method => method.IsAbstract).Select(method => method.Name).ToArray();
        Assert.NotEmpty(operations);
        Assert.All(operations, name => Assert.False(controller.GetMethod(name)!.IsAbstract));
    }

    [Fact]
    public async Task A_simulator_serves_only_its_own_vendors_routes()
    {
        await using var oneAtlas = await OneAtlasSimulator.StartAsync();
        using var client = new HttpClient();

        var dataCosmosRoute = await client.GetAsync($"{oneAtlas.RootUrl}/api/data/v0/order/orders");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, dataCosmosRoute.StatusCode);
    }
}
