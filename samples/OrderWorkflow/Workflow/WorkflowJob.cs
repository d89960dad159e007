using ImageryContracts.Geometry;

namespace OrderWorkflow.Workflow;

/// <summary>What every vendor's workflow is asked to do: find an image over the AOI and bring its files home.</summary>
/// <param name="Aoi">The area searched for and ordered.</param>
/// <param name="From">The earliest acquisition time searched for.</param>
/// <param name="To">The latest acquisition time searched for.</param>
/// <param name="OutputFolder">Where the files go, one sub-folder per vendor (<c>oneatlas/</c>, <c>datacosmos/</c>).</param>
public sealed record WorkflowJob(GeoJsonPolygon Aoi, DateTimeOffset From, DateTimeOffset To, string OutputFolder)
{
    /// <summary>How far back the search looks: the simulators' catalogues span the last few years.</summary>
    public static readonly TimeSpan SearchedPeriod = TimeSpan.FromDays(10 * 365);

    /// <summary>A job over <paramref name="aoi"/> for images of the last <see cref="SearchedPeriod"/>.</summary>
    /// <param name="aoi">The area.</param>
    /// <param name="outputFolder">Where the files go.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The job.</returns>
    public static WorkflowJob Recent(GeoJsonPolygon aoi, string outputFolder, DateTimeOffset now) => new(aoi, now - SearchedPeriod, now, outputFolder);

    /// <summary>The folder of one vendor's files.</summary>
    /// <param name="vendor">The vendor's folder name, lower case.</param>
    /// <returns>The full path.</returns>
    public string FolderOf(string vendor) => Path.GetFullPath(Path.Combine(OutputFolder, vendor));
}
