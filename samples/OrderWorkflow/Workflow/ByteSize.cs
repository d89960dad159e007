using System.Globalization;

namespace OrderWorkflow.Workflow;

/// <summary>Byte counts and rates as people read them (binary units).</summary>
internal static class ByteSize
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB"];

    /// <summary>For example <c>12.3 MiB</c>.</summary>
    /// <param name="bytes">The count.</param>
    /// <returns>The text.</returns>
    public static string Format(double bytes)
    {
        var unit = 0;
        while (bytes >= 1024 && unit < Units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return bytes.ToString(unit == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
