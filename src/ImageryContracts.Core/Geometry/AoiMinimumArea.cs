namespace ImageryContracts.Geometry;

/// <summary>A vendor's smallest accepted AOI, carried into the validator with the vendor's name for the message.</summary>
/// <param name="Km2">The minimum area in km².</param>
/// <param name="VendorName">The vendor, as the message names it.</param>
internal readonly record struct AoiMinimumArea(double Km2, string VendorName);
