namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>What a recorded vendor example is in its spec.</summary>
/// <param name="Body">The request body or response it was recorded as (or, for a sibling endpoint, the one the spec describes).</param>
/// <param name="IsExcerpt">
/// The file keeps a subset of the members on purpose (its origin says so), so a required member it leaves out is not an
/// error; every member it does keep must still match the schema.
/// </param>
public sealed record VendorExampleTarget(SpecBody Body, bool IsExcerpt = false);
