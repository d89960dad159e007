using ImageryContracts.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImageryContracts.DataCosmos.DependencyInjection;

/// <summary>Checks <see cref="DataCosmosOptions"/> at start, with one message per bad setting naming it, its value and the fix.</summary>
/// <param name="section">The configuration section the options are bound from, as the messages name it.</param>
public sealed class DataCosmosOptionsValidator(string section) : IValidateOptions<DataCosmosOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DataCosmosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        foreach (var (key, value) in new[] { ("ClientId", options.ClientId), ("ClientSecret", options.ClientSecret) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{section}:{key} is empty; set it to the {(key == "ClientId" ? "client id" : "client secret")} Open Cosmos issued (environment variable {VendorOptionsChecks.EnvironmentVariable(section, key)}).");
            }
        }

        if (options.OrganisationId <= 0)
        {
            problems.Add($"{section}:OrganisationId is {options.OrganisationId}; set it to your organisation's numeric id (shown in the DataCosmos app).");
        }

        if (options.ContractId <= 0)
        {
            problems.Add($"{section}:ContractId is {options.ContractId}; set a contract id of your organisation, or leave it unset for the default contract.");
        }

        problems.AddRange(VendorOptionsChecks.Problems(section, options.BaseUrl, options.TokenUrl, options.Http, options.Creation, options.Polling));
        problems.AddRange(options.Downloads.Problems($"{section}:Downloads"));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
