namespace ImageryContracts.Rules;

/// <summary>
/// A property whose only acceptable value is fixed by the vendor (spec extension <c>x-imagery-must-equal</c>),
/// such as a DataCosmos licence's <c>accepted: true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class MustEqualAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The only acceptable value.</param>
    public MustEqualAttribute(object value) => Value = value;

    /// <summary>The only acceptable value.</summary>
    public object Value { get; }
}
