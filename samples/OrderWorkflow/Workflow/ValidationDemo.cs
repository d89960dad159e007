using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Validation;
using OrderWorkflow.Vendors.OneAtlas;
using Spectre.Console;

namespace OrderWorkflow.Workflow;

/// <summary>
/// Shows a request the vendor would refuse being stopped before it is sent: BASIC16 on a Pléiades Neo image, priced
/// through the same path as a valid order.
/// </summary>
internal static class ValidationDemo
{
    /// <summary>Tries to price the invalid order and prints the problems the validation found.</summary>
    /// <param name="console">Where the problems are printed.</param>
    /// <param name="oneAtlas">The OneAtlas facade, whose price call validates first.</param>
    /// <param name="cancellationToken">Stops the call (it never reaches the network).</param>
    /// <returns><c>true</c> when the validation caught the order; <c>false</c> when it went through, which is a defect.</returns>
    public static async Task<bool> RunAsync(IAnsiConsole console, OneAtlasOrdering oneAtlas, CancellationToken cancellationToken)
    {
        var invalid = OneAtlasSampleOrders.Basic16OnPleiadesNeo();
        var product = invalid.Products![0];
        console.Write(new Text(
            $"Validation before sending: pricing {product.ProductType?.ToWireValue()} with {product.RadiometricProcessing?.ToWireValue()} on the {OneAtlasCatalogueItem.ToulousePleiadesNeo.Sensor} image {product.Id}…{Environment.NewLine}"));
        try
        {
            await oneAtlas.PriceAsync(invalid, cancellationToken);
        }
        catch (ImageryValidationException caught)
        {
            console.Write(new Text($"  caught {nameof(ImageryValidationException)}, nothing was sent:{Environment.NewLine}"));
            foreach (var problem in caught.Problems)
            {
                console.Write(new Text($"  - {problem}{Environment.NewLine}"));
            }

            console.WriteLine();
            return true;
        }

        console.Write(new Text($"  the invalid order was not caught: the validation is broken.{Environment.NewLine}", new Style(Color.Red)));
        return false;
    }
}
