namespace ImageryContracts.Rules;

/// <summary>
/// Marks an enum member the vendor says it is abandoning (spec extension <c>x-imagery-deprecated</c>).
/// Unlike <see cref="ObsoleteAttribute"/> it does not break existing builds: the analyzers report it as a warning
/// that names the reason and, when the spec gives one, the replacement.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class DeprecatedAttribute : Attribute
{
    /// <summary>Creates the attribute with the vendor's reason.</summary>
    /// <param name="reason">The vendor's words on why and when the value goes away.</param>
    public DeprecatedAttribute(string reason) => Reason = reason;

    /// <summary>The vendor's words on why and when the value goes away.</summary>
    public string Reason { get; }

    /// <summary>The wire value to use instead, or <see langword="null"/> when the vendor names none.</summary>
    public string? ReplacedBy { get; set; }
}
