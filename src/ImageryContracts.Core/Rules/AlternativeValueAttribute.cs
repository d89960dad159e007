namespace ImageryContracts.Rules;

/// <summary>
/// Names a value of the same enum that serves the same purpose for other sensors (spec extension
/// <c>x-imagery-alternatives</c>): <c>bundle</c> for <c>bundle-fs</c>, <c>REFLECTANCE</c> for <c>BASIC16</c>.
/// Code fixes offer the alternative whose sensors match the rest of the request.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class AlternativeValueAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="wireValue">The wire value of the alternative member.</param>
    public AlternativeValueAttribute(string wireValue) => WireValue = wireValue;

    /// <summary>The wire value of the alternative member.</summary>
    public string WireValue { get; }
}
