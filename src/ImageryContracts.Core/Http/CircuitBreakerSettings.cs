using System.Globalization;

namespace ImageryContracts.Http;

/// <summary>
/// When the pipeline's circuit breaker opens: once at least <see cref="MinimumThroughput"/> calls within
/// <see cref="SamplingDuration"/> have failed transiently in a share of at least <see cref="FailureRatio"/>, calls to that
/// vendor fail at once, unsent, for <see cref="BreakDuration"/>, then one trial call decides whether it closes. The
/// defaults open it only when the vendor looks down: the standard pipeline's 100 calls, but every one of them failed
/// within two minutes (the standard opens at 10 %). A vendor that fails some calls is served by the retries and by the
/// order lookup after an ambiguous failure, which an open circuit would cut short; and the break is short (5 s, as in
/// the standard pipeline), so that lookup, which waits 1, 2 and 4 s between tries by default, outlasts it.
/// </summary>
public sealed record CircuitBreakerSettings
{
    /// <summary>The share of failed calls that opens the circuit, above 0 and at most 1. Default 1: all of them.</summary>
    public double FailureRatio { get; init; } = 1;

    /// <summary>How many calls the sampling window must hold before the ratio counts; at least 2. Default 100.</summary>
    public int MinimumThroughput { get; init; } = 100;

    /// <summary>The window the ratio is measured over; at least twice the attempt timeout. Default 2 min.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the circuit stays open before a trial call; 0.5 s to a day. Default 5 s.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Describes every out-of-range value, or returns an empty list when all are acceptable.</summary>
    /// <param name="section">The configuration section of these settings, used in the messages.</param>
    /// <param name="attemptTimeout">The attempt timeout the sampling window must cover twice.</param>
    /// <param name="attemptTimeoutSetting">The attempt timeout's setting, named in the message.</param>
    /// <returns>One message per problem, naming the setting, its value and the accepted range.</returns>
    public IReadOnlyList<string> Problems(string section, TimeSpan attemptTimeout, string attemptTimeoutSetting)
    {
        var problems = new List<string>();
        if (FailureRatio is not (> 0 and <= 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:FailureRatio is {FailureRatio}; set a share above 0 and at most 1, such as 0.5."));
        }

        if (MinimumThroughput < 2)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:MinimumThroughput is {MinimumThroughput}; set 2 or more calls, such as 100."));
        }

        if (SamplingDuration < attemptTimeout * 2 || SamplingDuration < TimeSpan.FromSeconds(0.5) || SamplingDuration > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:SamplingDuration is {SamplingDuration}; set at least twice {attemptTimeoutSetting} ({attemptTimeout * 2}) and at most a day.");
        }

        if (BreakDuration < TimeSpan.FromSeconds(0.5) || BreakDuration > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:BreakDuration is {BreakDuration}; set 00:00:00.500 to a day, such as 00:00:05.");
        }

        return problems;
    }
}
