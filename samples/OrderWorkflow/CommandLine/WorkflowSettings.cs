using ImageryContracts.Geometry;
using OrderWorkflow.Vendors.OneAtlas;

namespace OrderWorkflow.CommandLine;

/// <summary>What the command line asked for.</summary>
/// <param name="Vendors">The vendors to run.</param>
/// <param name="PlaceOrders">Whether real vendors get orders (<c>--order</c>); the simulators always do.</param>
/// <param name="Timeout">The longest a whole run may take.</param>
/// <param name="Verbose">Whether every HTTP attempt is logged (secrets redacted).</param>
public sealed record WorkflowSettings(VendorChoice Vendors, bool PlaceOrders, TimeSpan Timeout, bool Verbose)
{
    /// <summary>The default order journal: a file in the sample's output folder.</summary>
    public static string DefaultJournalPath => Path.Combine(AppContext.BaseDirectory, "orders.journal.db");

    /// <summary>The order journal file (<c>--journal</c>), so a run killed and started again resumes its orders.</summary>
    public string JournalPath { get; init; } = DefaultJournalPath;

    /// <summary>The area searched and ordered (<c>--aoi</c>); by default the seed's Toulouse AOI, the vendor's price example.</summary>
    public GeoJsonPolygon Aoi { get; init; } = OneAtlasSampleOrders.ToulouseAoi;

    /// <summary>Where the files go (<c>--output</c>); <c>null</c> for a new folder the run names.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Whether OneAtlas is part of the run.</summary>
    public bool IncludesOneAtlas => Vendors is VendorChoice.Both or VendorChoice.OneAtlas;

    /// <summary>Whether DataCosmos is part of the run.</summary>
    public bool IncludesDataCosmos => Vendors is VendorChoice.Both or VendorChoice.DataCosmos;
}
