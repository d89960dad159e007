using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// The spec's sensor enum (<c>x-imagery-role: sensor</c>) as the emitters need it: member names for attributes, one bit
/// per sensor for the validators' set intersections.
/// </summary>
public sealed class SensorTable
{
    private SensorTable(ApiSchema schema) => Schema = schema;

    /// <summary>The sensor enum schema.</summary>
    public ApiSchema Schema { get; }

    /// <summary>The sensor enum's C# name.</summary>
    public string Name => Schema.Name!;

    /// <summary>The sensors' wire values, in enum order (bit <c>i</c> is sensor <c>i</c>).</summary>
    public IReadOnlyList<string> WireValues => Schema.EnumValues.Select(v => v.WireValue).ToList();

    /// <summary>The mask with every sensor's bit set.</summary>
    public int AllMask => (1 << Schema.EnumValues.Count) - 1;

    /// <summary>The sensor enum of a spec, or null when it has none.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The table.</returns>
    public static SensorTable? Of(ApiSpec spec) =>
        spec.Schemas.FirstOrDefault(s => s.Role == "sensor" && s.IsStringEnum) is { } schema ? new SensorTable(schema) : null;

    /// <summary>The C# member name of a sensor wire value.</summary>
    /// <param name="wireValue">The sensor's wire value.</param>
    /// <returns>The member name.</returns>
    public string MemberOf(string wireValue) => Schema.EnumValues.First(v => v.WireValue == wireValue).MemberName;

    /// <summary>The mask of a set of sensors; a value with no sensor rule is accepted by all.</summary>
    /// <param name="sensors">Sensor wire values, or null for no restriction.</param>
    /// <returns>The bit mask.</returns>
    public int MaskOf(IEnumerable<string>? sensors)
    {
        if (sensors is null)
        {
            return AllMask;
        }

        var wireValues = WireValues;
        var mask = 0;
        foreach (var sensor in sensors)
        {
            var index = IndexOf(wireValues, sensor);
            mask |= index < 0 ? 0 : 1 << index;
        }

        return mask;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
