using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// What one read of a JSON body carries into every model it fills: the parse node's
/// <see cref="IParseNode.OnBeforeAssignFieldValues"/> and <see cref="IParseNode.OnAfterAssignFieldValues"/> callbacks
/// (Kiota's backing store relies on them for every object, nested ones included) and the wire drift of the call in
/// progress (<see cref="WireDrift"/>). The generated readers call it for every value they keep raw.
/// </summary>
public sealed class JsonReadContext
{
    // Most reads have neither callbacks nor a drift report; they share one context instead of one per read.
    private static readonly JsonReadContext Plain = new(null, null, null);

    private readonly WireDriftReport? _drift;

    private JsonReadContext(Action<IParsable>? onBefore, Action<IParsable>? onAfter, WireDriftReport? drift)
    {
        OnBefore = onBefore;
        OnAfter = onAfter;
        _drift = drift;
    }

    /// <summary>Creates the context of one read.</summary>
    /// <param name="onBefore">Called with each model before its fields are read.</param>
    /// <param name="onAfter">Called with each model after its fields are read.</param>
    public JsonReadContext(Action<IParsable>? onBefore = null, Action<IParsable>? onAfter = null)
        : this(onBefore, onAfter, WireDrift.Current)
    {
    }

    internal static JsonReadContext Of(Action<IParsable>? onBefore, Action<IParsable>? onAfter) =>
        onBefore is null && onAfter is null && WireDrift.Current is null ? Plain : new JsonReadContext(onBefore, onAfter);

    /// <summary>Called with each model before its fields are read.</summary>
    public Action<IParsable>? OnBefore { get; }

    /// <summary>Called with each model after its fields are read.</summary>
    public Action<IParsable>? OnAfter { get; }

    /// <summary>Runs <see cref="OnBefore"/> for a model.</summary>
    /// <param name="model">The model about to be read.</param>
    public void BeforeAssign(IParsable model) => OnBefore?.Invoke(model);

    /// <summary>Runs <see cref="OnAfter"/> for a model.</summary>
    /// <param name="model">The model just read.</param>
    public void AfterAssign(IParsable model) => OnAfter?.Invoke(model);

    /// <summary>
    /// Keeps the value under the reader, which the field's type cannot hold, in <paramref name="additionalData"/>,
    /// and reports it as drift unless it is a null the spec allows.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <param name="additionalData">The model's additional data.</param>
    /// <param name="wireName">The field's JSON name.</param>
    /// <param name="field">The field as the drift report names it (<c>Order.status</c>).</param>
    /// <param name="nullable">Whether the spec allows null here.</param>
    public void KeepRaw(ref Utf8JsonReader reader, IDictionary<string, object> additionalData, string wireName, string field, bool nullable)
    {
        ArgumentNullException.ThrowIfNull(additionalData);
        var kind = reader.TokenType;
        additionalData[wireName] = UntypedJson.Read(ref reader);
        if (kind != JsonTokenType.Null || !nullable)
        {
            _drift?.Add(WireDriftKind.UnexpectedType, field, UntypedJson.KindName(kind));
        }
    }

    /// <summary>
    /// Keeps the value of an enum field that is not one of its listed values (or not a string) in
    /// <paramref name="additionalData"/>, and reports it as drift.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <param name="additionalData">The model's additional data.</param>
    /// <param name="wireName">The field's JSON name.</param>
    /// <param name="field">The field as the drift report names it (<c>Order.status</c>).</param>
    /// <param name="nullable">Whether the spec allows null here.</param>
    public void KeepUnknownValue(ref Utf8JsonReader reader, IDictionary<string, object> additionalData, string wireName, string field, bool nullable)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            KeepRaw(ref reader, additionalData, wireName, field, nullable);
            return;
        }

        ArgumentNullException.ThrowIfNull(additionalData);
        var value = reader.GetString()!;
        additionalData[wireName] = new UntypedString(value);
        _drift?.Add(WireDriftKind.UnknownValue, field, value);
    }

    /// <summary>Reports a string value the spec does not list for an open (extensible) enum; the field keeps it.</summary>
    /// <param name="field">The field as the drift report names it.</param>
    /// <param name="value">The value.</param>
    public void UnlistedValue(string field, string value) => _drift?.Add(WireDriftKind.UnknownValue, field, value);

    /// <summary>Keeps a field the spec does not describe in <paramref name="additionalData"/>, and reports it as drift.</summary>
    /// <param name="reader">The reader, on the field's name; left on the value's last token.</param>
    /// <param name="additionalData">The model's additional data.</param>
    /// <param name="model">The model as the drift report names it (<c>Order</c>).</param>
    public void KeepUnknownField(ref Utf8JsonReader reader, IDictionary<string, object> additionalData, string model)
    {
        ArgumentNullException.ThrowIfNull(additionalData);
        var name = JsonNames.Read(ref reader);
        reader.Read();
        additionalData[name] = UntypedJson.ReadAdditionalValue(ref reader)!;
        _drift?.Add(WireDriftKind.UnknownField, model + "." + name, null);
    }
}
