using System.Globalization;
using OrderWorkflow.CommandLine;

namespace OrderWorkflow.Connections;

/// <summary>Reads the real vendors' credentials from the environment; a vendor without them runs on its simulator.</summary>
public static class RealVendorCredentials
{
    /// <summary>The OneAtlas credentials, or <c>null</c> when <see cref="EnvironmentVariables.OneAtlasApiKey"/> is unset.</summary>
    /// <param name="environment">Reads one environment variable.</param>
    /// <returns>The credentials for the real service, or <c>null</c>.</returns>
    public static OneAtlasCredentials? OneAtlas(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment(EnvironmentVariables.OneAtlasApiKey) is { Length: > 0 } apiKey
            ? new OneAtlasCredentials(apiKey, BaseUrl: null, TokenUrl: null)
            : null;
    }

    /// <summary>The DataCosmos credentials, or <c>null</c> when none of the three variables is set.</summary>
    /// <param name="environment">Reads one environment variable.</param>
    /// <returns>The credentials for the real service, or <c>null</c>.</returns>
    /// <exception cref="InvalidOperationException">Some of the variables are set and others not, or the organisation id is not a number.</exception>
    public static DataCosmosCredentials? DataCosmos(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string[] names = [EnvironmentVariables.DataCosmosClientId, EnvironmentVariables.DataCosmosClientSecret, EnvironmentVariables.DataCosmosOrganisationId];
        var values = names.Select(name => environment(name) is { Length: > 0 } value ? value : null).ToArray();
        if (values.All(value => value is null))
        {
            return null;
        }

        var missing = names.Where((_, index) => values[index] is null).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"DataCosmos needs all of {string.Join(", ", names)}; {string.Join(" and ", missing)} {(missing.Length == 1 ? "is" : "are")} not set. Set {(missing.Length == 1 ? "it" : "them")}, or unset the others to run on the simulator.");
        }

        if (!long.TryParse(values[2], NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId))
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariables.DataCosmosOrganisationId} is '{values[2]}', which is not a numeric organisation id; set it to the number shown in DataCosmos (for example 434).");
        }

        return new DataCosmosCredentials(values[0]!, values[1]!, organisationId, BaseUrl: null, TokenUrl: null);
    }
}
