using System.Globalization;
using OrderWorkflow.Workflow;
using Spectre.Console;

namespace OrderWorkflow.Display;

/// <summary>The files a run downloaded: one row per file, with its size and whether its checksum matched.</summary>
internal static class FilesTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="outcomes">The vendors' outcomes.</param>
    /// <param name="outputFolder">The run's output folder, which the file paths are shown relative to.</param>
    /// <returns>A table with vendor, file, bytes and checksum.</returns>
    public static Table Create(IEnumerable<WorkflowOutcome> outcomes, string outputFolder)
    {
        var root = Path.GetFullPath(outputFolder);
        var table = new Table().Title("Downloaded files").AddColumns("Vendor", "File", "Bytes", "Checksum");
        foreach (var outcome in outcomes)
        {
            foreach (var file in outcome.Files)
            {
                table.AddRow(
                    new Text(outcome.Vendor),
                    new Text(Path.GetRelativePath(root, file.Path)),
                    new Text(file.Length.ToString("N0", CultureInfo.InvariantCulture)),
                    new Text(file.ChecksumMatched ? "md5 matched" : "none sent (length verified)", new Style(file.ChecksumMatched ? Color.Green : Color.Default)));
            }
        }

        return table;
    }
}
