namespace ImageryContracts.Rules;

/// <summary>
/// Marks a string property or parameter whose wire values are listed by a generated enum (spec extension
/// <c>x-extensible-enum</c>, or a string field that mirrors an enum). The property stays a string so values the vendor
/// adds later are kept; the analyzers use the enum to check literals compared with or assigned to it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class KnownValuesAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="enumType">The generated enum whose <c>[EnumMember]</c> values are the known wire values.</param>
    public KnownValuesAttribute(Type enumType) => EnumType = enumType;

    /// <summary>The generated enum whose <c>[EnumMember]</c> values are the known wire values.</summary>
    public Type EnumType { get; }
}
