namespace ImageryContracts.Generators.Model;

/// <summary>An <c>x-imagery-deprecated</c> entry.</summary>
/// <param name="Reason">The vendor's reason.</param>
/// <param name="Replacement">The wire value to use instead, if the spec names one.</param>
public sealed record ApiDeprecation(string Reason, string? Replacement);
