using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>An <c>x-imagery-crs</c> extension: the EPSG codes a vendor accepts and how the wire writes them.</summary>
/// <param name="UrnPrefix">The prefix before the number on the wire, e.g. <c>urn:ogc:def:crs:EPSG::</c>.</param>
/// <param name="Codes">Single accepted codes.</param>
/// <param name="Ranges">Inclusive ranges of accepted codes.</param>
public sealed record ApiCrsCodeSet(string UrnPrefix, EquatableArray<int> Codes, EquatableArray<ApiCodeRange> Ranges);
