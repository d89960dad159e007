using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Testing.Hosting;

/// <summary>What differs between the vendors' hosts.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Controller">The simulator's only controller.</param>
/// <param name="BasePath">The path of the spec's server URL (<c>/api/data</c> for DataCosmos, empty for OneAtlas).</param>
/// <param name="Errors">The vendor's error body.</param>
/// <param name="Time">The clock behind tokens, deliveries and slow responses.</param>
/// <param name="AddServices">Registers the vendor's state.</param>
internal sealed record SimulatorHostSettings(
    int Port,
    Type Controller,
    string BasePath,
    IVendorErrors Errors,
    TimeProvider Time,
    Action<IServiceCollection> AddServices);
