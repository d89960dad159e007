using ImageryContracts.DataCosmos.Validation;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// The validator generated into ImageryContracts.DataCosmos from the spec, on the rules of the vendor's purchasing
/// page: a line item's <c>geometry</c> and <c>project_id</c> are both present or both absent; a licence must be
/// accepted (<c>accepted: true</c>).
/// </summary>
public sealed class DataCosmosValidatorTests
{
    private static readonly object Geometry = new { type = "Polygon" };

    [Fact]
    public void GeometryAndProjectIdTogetherAreValid() =>
        Assert.True(DataCosmosValidator.ValidateOrderLineItem(Geometry, "project-1").IsValid);

    [Fact]
    public void NeitherGeometryNorProjectIdIsValid() =>
        Assert.True(DataCosmosValidator.ValidateOrderLineItem(null, null).IsValid);

    [Fact]
    public void GeometryWithoutProjectIdIsRejected()
    {
        var problem = Assert.Single(DataCosmosValidator.ValidateOrderLineItem(Geometry, null).Problems);

        Assert.Equal("IMG1005", problem.RuleId);
        Assert.Equal("geometry is set but project_id is not: DataCosmos takes geometry and project_id together or not at all. Set project_id or remove geometry.", problem.Message);
        Assert.Equal(["geometry", "project_id"], problem.Fields);
    }

    [Fact]
    public void ProjectIdWithoutGeometryIsRejected()
    {
        var problem = Assert.Single(DataCosmosValidator.ValidateOrderLineItem(null, "project-1").Problems);

        Assert.Equal("IMG1005", problem.RuleId);
        Assert.Equal("project_id is set but geometry is not: DataCosmos takes geometry and project_id together or not at all. Set geometry or remove project_id.", problem.Message);
    }

    [Fact]
    public void AnAcceptedLicenceIsValid() =>
        Assert.True(DataCosmosValidator.ValidateLicense(accepted: true).IsValid);

    [Fact]
    public void ARefusedLicenceIsRejected()
    {
        var problem = Assert.Single(DataCosmosValidator.ValidateLicense(accepted: false).Problems);

        Assert.Equal(("IMG1007", "accepted"), (problem.RuleId, problem.Fields.Single()));
        Assert.Equal("accepted is false, but DataCosmos only proceeds with accepted: true. Set accepted to true.", problem.Message);
    }

    [Fact]
    public void AnUnansweredLicenceIsRejected()
    {
        var problem = Assert.Single(DataCosmosValidator.ValidateLicense(accepted: null).Problems);

        Assert.Equal("accepted is not set, but DataCosmos only proceeds with accepted: true. Set accepted to true.", problem.Message);
    }
}
