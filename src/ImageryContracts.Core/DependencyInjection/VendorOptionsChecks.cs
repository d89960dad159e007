using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;

namespace ImageryContracts.DependencyInjection;

/// <summary>The checks every vendor's options share: the two URLs, the HTTP pipeline, order creation and polling.</summary>
public static class VendorOptionsChecks
{
    /// <summary>Describes every bad shared setting, one message each naming the setting, its value and the fix.</summary>
    /// <param name="section">The configuration section, as the messages name it (for example <c>OneAtlas</c>).</param>
    /// <param name="baseUrl">The data API's base URL.</param>
    /// <param name="tokenUrl">The token endpoint.</param>
    /// <param name="http">Timeouts and retries.</param>
    /// <param name="creation">Order creation settings.</param>
    /// <param name="polling">Polling settings.</param>
    /// <returns>The messages; empty when every shared setting is acceptable.</returns>
    public static IReadOnlyList<string> Problems(
        string section, string? baseUrl, string? tokenUrl, HttpReliabilityOptions http, OrderCreationOptions creation, PollingOptions polling)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(creation);
        ArgumentNullException.ThrowIfNull(polling);
        var problems = new List<string>();
        problems.AddRange(new[] { SecureBaseUrl.Problem($"{section}:BaseUrl", baseUrl), SecureBaseUrl.Problem($"{section}:TokenUrl", tokenUrl) }.OfType<string>());
        problems.AddRange(http.Problems($"{section}:Http"));
        problems.AddRange(creation.Problems($"{section}:Creation"));
        if (creation.JournalLease > TimeSpan.Zero && creation.JournalLease < creation.MinimumJournalLease(http.AttemptTimeout))
        {
            problems.Add(
                $"{section}:Creation:JournalLease is {creation.JournalLease}, shorter than one attempt ({section}:Http:AttemptTimeout {http.AttemptTimeout}) plus {section}:Creation:SettleDelay ({creation.SettleDelay}) plus {section}:Creation:LookupGrace ({creation.LookupGrace}); "
                + $"set it to at least {creation.MinimumJournalLease(http.AttemptTimeout)}, or a stalled worker's claim could be taken over while its request is still in flight.");
        }

        try
        {
            polling.Validate();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            problems.Add($"{section}:Polling:{exception.ParamName} is {exception.ActualValue}; {exception.Message.Split(" (Parameter", 2)[0]}");
        }

        return problems;
    }

    /// <summary>The environment variable that sets a key of a section (<c>:</c> becomes <c>__</c>).</summary>
    /// <param name="section">The section.</param>
    /// <param name="key">The key within it.</param>
    /// <returns>For example <c>OneAtlas__ApiKey</c>.</returns>
    public static string EnvironmentVariable(string section, string key) =>
        $"{section}:{key}".Replace(":", "__", StringComparison.Ordinal);
}
