namespace OrderWorkflow.Workflow;

/// <summary>One row of the summary table: how a vendor's workflow ended.</summary>
/// <param name="Vendor">The vendor and where it ran (simulator or real service).</param>
/// <param name="OrderId">The order's id; <c>null</c> when none was placed.</param>
/// <param name="AoiKm2">The area ordered or priced, in km².</param>
/// <param name="Price">The price with its unit (credits, a currency).</param>
/// <param name="Status">The order's last status, or what the run did instead of ordering.</param>
/// <param name="Failure">Why the workflow failed; <c>null</c> when it succeeded.</param>
public sealed record WorkflowOutcome(string Vendor, string? OrderId, double? AoiKm2, string? Price, string Status, string? Failure = null)
{
    /// <summary>Whether the workflow completed.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Whether the order was placed by an earlier run (killed or interrupted) and resumed rather than placed again.</summary>
    public bool Resumed { get; init; }

    /// <summary>The catalogue image the search chose; <c>null</c> when none was chosen.</summary>
    public string? Image { get; init; }

    /// <summary>The image's sensor as the catalogue names it (OneAtlas constellation; DataCosmos platform and level).</summary>
    public string? Sensor { get; init; }

    /// <summary>The files downloaded, complete and verified; empty when nothing was downloaded.</summary>
    public IReadOnlyList<DownloadedFile> Files { get; init; } = [];

    /// <summary>How long the workflow took, measured by the runner around it.</summary>
    public TimeSpan Elapsed { get; init; }
}
