using System.Globalization;
using OrderWorkflow.Workflow;
using Spectre.Console;

namespace OrderWorkflow.Display;

/// <summary>The summary at the end of a run: one row per vendor.</summary>
internal static class SummaryTable
{
    /// <summary>Builds the table.</summary>
    /// <param name="outcomes">The vendors' outcomes.</param>
    /// <returns>A table with vendor, image, sensor, order id, AOI km², price, status, file count and elapsed time.</returns>
    public static Table Create(IEnumerable<WorkflowOutcome> outcomes)
    {
        var table = new Table().Title("Summary").AddColumns("Vendor", "Image", "Sensor", "Order id", "AOI km²", "Price", "Status", "Files", "Elapsed");
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                new Text(outcome.Vendor),
                new Text(outcome.Image ?? "-"),
                new Text(outcome.Sensor ?? "-"),
                new Text(outcome.OrderId ?? "-"),
                new Text(outcome.AoiKm2?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"),
                new Text(outcome.Price ?? "-"),
                new Text(outcome.Succeeded ? outcome.Status : "failed", new Style(outcome.Succeeded ? Color.Green : Color.Red)),
                new Text(outcome.Files.Count == 0 ? "-" : $"{outcome.Files.Count} ({ByteSize.Format(outcome.Files.Sum(file => file.Length))})"),
                new Text(outcome.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture)));
        }

        return table;
    }
}
