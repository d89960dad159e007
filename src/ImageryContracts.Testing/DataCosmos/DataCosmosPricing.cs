using System.Globalization;
using ImageryContracts.Testing.DataCosmos.Contract;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>Prices under a contract: area × the contract's rate, rounded to cents, then its discount; money as decimal strings on the wire.</summary>
internal static class DataCosmosPricing
{
    public static decimal Value(DataCosmosPolicy policy, double areaKm2) => Math.Round((decimal)areaKm2 * policy.PricePerKm2, 2, MidpointRounding.AwayFromZero);

    public static decimal Final(DataCosmosPolicy policy, double areaKm2) => Math.Round(Value(policy, areaKm2) * (1 - policy.Discount), 2, MidpointRounding.AwayFromZero);

    public static PriceResult Result(DataCosmosPolicy policy, double areaKm2) => new()
    {
        Data = new CatalogPrice
        {
            Value = Money(Value(policy, areaKm2)),
            Final = Money(Final(policy, areaKm2)),
            Currency = policy.Currency,
        },
        Errors = [],
    };

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
