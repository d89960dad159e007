namespace ImageryContracts.Serialization;

/// <summary>How a response differs from what its spec lists.</summary>
public enum WireDriftKind
{
    /// <summary>A field the spec does not describe.</summary>
    UnknownField,

    /// <summary>An enum value the spec does not list.</summary>
    UnknownValue,

    /// <summary>A value of another JSON type than the spec gives (a null included, where the spec does not allow it).</summary>
    UnexpectedType,
}
