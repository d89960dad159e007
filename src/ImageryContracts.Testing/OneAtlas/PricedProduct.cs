using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>A requested product that passed the vendor's rules, with the image it names, its AOI area and its price.</summary>
internal sealed record PricedProduct(Product Product, OneAtlasCatalogueItem Item, double AreaKm2, long Amount);
