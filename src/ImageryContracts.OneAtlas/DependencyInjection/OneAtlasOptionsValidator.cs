using ImageryContracts.DependencyInjection;
using ImageryContracts.Http;
using Microsoft.Extensions.Options;

namespace ImageryContracts.OneAtlas.DependencyInjection;

/// <summary>Checks <see cref="OneAtlasOptions"/> at start, with one message per bad setting naming it, its value and the fix.</summary>
/// <param name="section">The configuration section the options are bound from, as the messages name it.</param>
public sealed class OneAtlasOptionsValidator(string section) : IValidateOptions<OneAtlasOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OneAtlasOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add($"{section}:ApiKey is empty; set it to the API key of your OneAtlas account (environment variable {VendorOptionsChecks.EnvironmentVariable(section, "ApiKey")}).");
        }

        problems.AddRange(VendorOptionsChecks.Problems(section, options.BaseUrl, options.TokenUrl, options.Http, options.Creation, options.Polling));
        problems.AddRange(new[] { SecureBaseUrl.Problem($"{section}:SearchUrl", options.SearchUrl), SecureBaseUrl.Problem($"{section}:AccessUrl", options.AccessUrl) }.OfType<string>());
        if (options.SearchPageSize is < 1 or > 500)
        {
            problems.Add($"{section}:SearchPageSize is {options.SearchPageSize}; set 1 to 500 (OneAtlas' largest page).");
        }

        problems.AddRange(options.Download.Problems($"{section}:Download"));
        if (options.ListPageSize < 1)
        {
            problems.Add($"{section}:ListPageSize is {options.ListPageSize}; set 1 or more (50 is a good page).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
