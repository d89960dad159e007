using ImageryContracts.OneAtlas.Models;

namespace OrderWorkflow.Vendors.OneAtlas;

/// <summary>An order request and the sensor of the catalogue image it names, which the vendor's rules depend on.</summary>
/// <param name="Request">The request sent to the price and order endpoints.</param>
/// <param name="Sensor">The sensor of the image (from the catalogue search that found it).</param>
public sealed record OneAtlasProductOrder(OrderRequest Request, Sensor Sensor);
