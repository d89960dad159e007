using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using Baseline = ImageryContracts.Benchmarks.Client.Baseline;
using KiotaDataCosmos = ImageryContracts.DataCosmos.Models;
using Kiota = ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>
/// Checks that a generated model and its STJ baseline read a search page into the same shape: as many features, the
/// same nested coordinate count, and the same unknown fields at every level compared (the kit's
/// <c>AdditionalData</c> and STJ's extension data hold exactly the members the spec does not list, so neither side
/// types a field the other keeps raw).
/// </summary>
internal static class SearchPageShapes
{
    /// <summary>Throws unless both sides read the OneAtlas search page alike.</summary>
    /// <param name="kit">The page read into the generated models.</param>
    /// <param name="baseline">The page read into the STJ baseline.</param>
    /// <param name="features">The features the page holds.</param>
    public static void RequireSame(Kiota.SearchResponse kit, Baseline.SearchResponse baseline, int features)
    {
        var item = kit.Features![0];
        var baselineItem = baseline.Features![0];
        Require(kit.Features.Count == features && baseline.Features.Count == features, "the feature count");
        Require(item.Geometry!.Coordinates![0].Count == baselineItem.Geometry!.Coordinates![0].Count, "the footprint's ring");
        Require(item.Links!.ImagesWmts!.Count == baselineItem.Links!.ImagesWmts!.Items.Count && item.Links.ImagesWmts.IsList == baselineItem.Links.ImagesWmts.IsList, "a one-or-many link");
        Require(item.Properties!.Id == baselineItem.Properties!.Id && kit.Features[1].Properties!.Id != item.Properties.Id, "the features' own ids");
        Require(item.AdditionalData.Keys.SequenceEqual(["dataAccess"]), "the item's one unlisted member, dataAccess");
        RequireSameUnknown(kit, baseline.AdditionalData, "the page");
        RequireSameUnknown(item, baselineItem.AdditionalData, "an item");
        RequireSameUnknown(item.Links, baselineItem.Links.AdditionalData, "an item's links");
        RequireSameUnknown(item.Links.Self![0], baselineItem.Links.Self!.Items[0].AdditionalData, "a link");
        RequireSameUnknown(item.Properties, baselineItem.Properties.AdditionalData, "an item's properties");
    }

    /// <summary>Throws unless both sides read the DataCosmos STAC search page alike.</summary>
    /// <param name="kit">The page read into the generated models.</param>
    /// <param name="baseline">The page read into the STJ baseline.</param>
    /// <param name="features">The features the page holds.</param>
    public static void RequireSame(KiotaDataCosmos.StacItemCollection kit, Baseline.StacItemCollection baseline, int features)
    {
        var item = kit.Features![0];
        var baselineItem = baseline.Features![0];
        Require(kit.Features.Count == features && baseline.Features.Count == features, "the feature count");
        var ring = ((UntypedArray)((UntypedArray)item.Geometry!.Coordinates!).GetValue().First()).GetValue().Count();
        Require(ring == baselineItem.Geometry!.Coordinates!.Value[0].GetArrayLength(), "the footprint's ring");
        Require(item.Assets!.Count == baselineItem.Assets!.Count && item.Links!.Count == baselineItem.Links!.Count, "the assets and links");
        Require(item.Id == baselineItem.Id && kit.Features[1].Id != item.Id, "the features' own ids");
        RequireSameUnknown(kit, baseline.AdditionalData, "the page");
        RequireSameUnknown(kit.Context!, baseline.Context!.AdditionalData, "the page's context");
        RequireSameUnknown(item, baselineItem.AdditionalData, "an item");
        RequireSameUnknown(item.Properties!, baselineItem.Properties!.AdditionalData, "an item's properties");
        RequireSameUnknown(item.Assets.First().Value, baselineItem.Assets.First().Value.AdditionalData, "an asset");
        RequireSameUnknown(item.Links![0], baselineItem.Links![0].AdditionalData, "a link");
        RequireSameUnknown(item.Geometry, baselineItem.Geometry!.AdditionalData, "a footprint");
    }

    // An explicit null where the spec allows one is kept raw by the kit, so that it is written back; STJ holds it as a
    // null property (written back too, see the baseline's nullable fields), so such entries are not unknown members.
    private static void RequireSameUnknown(IAdditionalDataHolder kit, Dictionary<string, JsonElement>? baseline, string what)
    {
        var kitUnknown = kit.AdditionalData.Where(entry => entry.Value is not UntypedNull).Select(entry => entry.Key).ToHashSet();
        var unknown = (IEnumerable<string>?)baseline?.Keys ?? [];
        Require(kitUnknown.SetEquals(unknown), $"the unknown members of {what} (kit: {string.Join(", ", kitUnknown)}; STJ: {string.Join(", ", unknown)})");
    }

    private static void Require(bool same, string what)
    {
        if (!same)
        {
            throw new InvalidOperationException($"The search page did not read alike on both sides in {what}; the benchmark would compare different work.");
        }
    }
}
