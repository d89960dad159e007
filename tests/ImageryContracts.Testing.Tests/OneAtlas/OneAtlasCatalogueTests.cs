using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.Testing.Tests.OneAtlas;

public sealed class OneAtlasCatalogueTests
{
    [Fact]
    public void A_seeded_catalogue_is_the_same_for_the_same_seed_and_different_for_another()
    {
        var first = OneAtlasCatalogue.Seeded(7, 300);
        var again = OneAtlasCatalogue.Seeded(7, 300);
        var other = OneAtlasCatalogue.Seeded(8, 300);

        Assert.Equal(first, again);
        Assert.Equal(300, first.Select(item => item.Id).Distinct().Count());
        Assert.Empty(first.Select(item => item.Id).Intersect(other.Select(item => item.Id)));
    }

    [Fact]
    public void The_default_catalogue_has_every_sensor_in_its_workspace_both_levels_and_the_examples_images()
    {
        var catalogue = OneAtlasCatalogue.Default;

        Assert.Equal(OneAtlasCatalogueItem.Defaults.Count + OneAtlasCatalogue.DefaultSize, catalogue.Count);
        Assert.Subset(catalogue.ToHashSet(), OneAtlasCatalogueItem.Defaults.ToHashSet());
        Assert.Equal(["PHR", "PNEO", "SPOT"], catalogue.Select(item => item.Sensor).Distinct().Order());
        Assert.All(catalogue, item => Assert.Equal(item.Sensor == "PNEO" ? OneAtlasWorkspace.PublicPneo : OneAtlasWorkspace.Public, item.Workspace));
        Assert.Equal(["ALBUM", "SENSOR"], catalogue.Select(item => item.ProcessingLevel).Distinct().Order());
        Assert.Contains(catalogue, item => item.CloudCover % 1 == 0);
        Assert.Contains(catalogue, item => item.CloudCover % 1 != 0);
    }

    [Fact]
    public void Ten_thousand_images_are_generated_for_the_streaming_benchmark() =>
        Assert.Equal(10_000, OneAtlasCatalogue.Seeded(OneAtlasCatalogue.DefaultSeed, 10_000).Count);
}
