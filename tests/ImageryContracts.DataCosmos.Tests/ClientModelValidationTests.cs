using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Validation;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// <c>DataCosmosValidator.Validate(CreateOrderRequest)</c> walks a whole order: fields set together per line item,
/// accepted licences, and each clipping polygon's shape, with problems located by their path in the request.
/// </summary>
public sealed class ClientModelValidationTests
{
    [Theory]
    [InlineData("datacosmos/create-order-request.json")]
    [InlineData("datacosmos/create-order-request-clipped-with-licence.json")]
    public async Task The_documented_orders_are_valid(string fixture)
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read(fixture), CreateOrderRequest.CreateFromDiscriminatorValue);

        Assert.True(DataCosmosValidator.Validate(request).IsValid);
    }

    [Fact]
    public async Task A_geometry_without_its_project_is_located_in_its_line_item()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-request-clipped-with-licence.json"), CreateOrderRequest.CreateFromDiscriminatorValue);
        request.Data!.OrderLineItems![0].ProjectId = null;

        var problem = Assert.Single(DataCosmosValidator.Validate(request).Problems);

        Assert.Equal("IMG1005", problem.RuleId);
        Assert.Equal(["data/order_line_items/0/geometry", "data/order_line_items/0/project_id"], problem.Fields);
    }

    [Fact]
    public async Task A_licence_not_accepted_is_located_in_the_licence_list()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-request-clipped-with-licence.json"), CreateOrderRequest.CreateFromDiscriminatorValue);
        request.Licenses![0].Accepted = false;

        var problem = Assert.Single(DataCosmosValidator.Validate(request).Problems);

        Assert.Equal("IMG1007", problem.RuleId);
        Assert.Equal(["licenses/0/accepted"], problem.Fields);
    }

    [Fact]
    public async Task A_clipping_polygon_with_a_latitude_out_of_range_is_reported()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-request-clipped-with-licence.json"), CreateOrderRequest.CreateFromDiscriminatorValue);
        request.Data!.OrderLineItems![0].Geometry!.Coordinates![0][1][1] = 95;

        var problem = Assert.Single(DataCosmosValidator.Validate(request).Problems);

        Assert.Equal("IMG1004", problem.RuleId);
        Assert.StartsWith("data/order_line_items/0/geometry", Assert.Single(problem.Fields));
    }
}
