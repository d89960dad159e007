using System.Globalization;

namespace ImageryContracts.CrashTests;

/// <summary>What the simulators' ledgers show after a crash run.</summary>
internal sealed record CrashReport(
    int Jobs, int Orders, int Duplicates, int Lost, int Paid, int Unpaid, int PaidTwice, IReadOnlyDictionary<string, int> Kills, TimeSpan Placing, string Redelivery)
{
    /// <summary>The line CI's log is read for.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"jobs {Jobs}, orders {Orders}, duplicates {Duplicates}, lost {Lost}");

    public string Details => string.Create(CultureInfo.InvariantCulture,
        $"DataCosmos checkouts: paid once {Paid}, unpaid {Unpaid}, paid twice {PaidTwice}; kills {Kills.Values.Sum()} ({string.Join(", ", Kills.Select(kill => $"{kill.Key} {kill.Value}"))}); placing took {Placing.TotalSeconds:0.0} s with the kills and restarts");
}
