namespace ImageryContracts.Rules;

/// <summary>
/// Properties of a model that must be set together or not at all (spec extension <c>x-imagery-requires-together</c>),
/// such as DataCosmos' line-item <c>geometry</c> and <c>project_id</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RequiresTogetherAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="propertyNames">The C# property names of the group.</param>
    public RequiresTogetherAttribute(params string[] propertyNames) => PropertyNames = propertyNames;

    /// <summary>The C# property names of the group.</summary>
    public IReadOnlyList<string> PropertyNames { get; }
}
