using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// A JSON number that no CLR number holds exactly (an integer beyond <see cref="long"/>, or a number beyond the range
/// of <see cref="double"/> such as <c>1e400</c>), kept as the text that was sent so it is written back unchanged
/// instead of as Infinity.
/// </summary>
/// <param name="text">The number as it appeared in the JSON.</param>
public sealed class UntypedRawNumber(string text) : UntypedNode
{
    /// <summary>The number as it appeared in the JSON.</summary>
    /// <returns>The JSON text of the number.</returns>
    public new string GetValue() => text;
}
