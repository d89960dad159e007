namespace ImageryContracts.Serialization;

/// <summary>One difference between a response and its spec.</summary>
/// <param name="Kind">How it differs.</param>
/// <param name="Field">The model and field (<c>Order.status</c>).</param>
/// <param name="Value">The unlisted enum value, or the JSON type of an unexpected value; <see langword="null"/> for an unknown field.</param>
public readonly record struct WireDriftItem(WireDriftKind Kind, string Field, string? Value);
