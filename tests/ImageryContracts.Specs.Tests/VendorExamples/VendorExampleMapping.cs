namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>One vendor's folder under <c>../shared/vendor-facts/examples/</c> and what each of its JSON files is in the spec.</summary>
/// <param name="Vendor">The folder and spec name (<c>oneatlas</c>, <c>datacosmos</c>).</param>
/// <param name="Targets">By file name.</param>
public sealed record VendorExampleMapping(string Vendor, IReadOnlyDictionary<string, VendorExampleTarget> Targets);
