using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ImageryContracts.Telemetry;
using Microsoft.Extensions.Logging;

namespace ImageryContracts.Serialization;

/// <summary>
/// Tells a team that a vendor sends what its spec does not list, before the spec knows: a warning (event
/// <c>7301 WireDrift</c>) once per vendor, operation, field and value, and the counter
/// <see cref="CounterName"/> of the <see cref="MeterName"/> meter for every drifted value, tagged with vendor,
/// operation, kind and field.
/// </summary>
public sealed class WireDriftWarnings
{
    /// <summary>The meter the counter belongs to: the kit's one meter (<see cref="ImageryTelemetry.Meter"/>).</summary>
    public const string MeterName = ImageryTelemetry.Name;

    /// <summary>The counter of drifted values.</summary>
    public const string CounterName = "imagery.wire.drift";

    // A vendor sending ever new values must not grow memory without end: past this many, warnings are no longer deduplicated.
    private const int MaxRemembered = 10_000;

    private static readonly Counter<long> Counter = ImageryTelemetry.Meter.CreateCounter<long>(CounterName, "{value}", "Values in vendor responses that the spec does not list (unknown fields, unlisted enum values, values of another JSON type).");

    private readonly ConcurrentDictionary<(string Vendor, string Operation, string Field, string? Value), bool> _warned = new();

    /// <summary>The process-wide instance the facades use, so each drift is logged once however many facades there are.</summary>
    public static WireDriftWarnings Shared { get; } = new();

    /// <summary>Logs and counts the drift of one call.</summary>
    /// <param name="logger">Where the warnings go.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The spec's operationId.</param>
    /// <param name="report">What the call's responses carried.</param>
    public void Report(ILogger logger, string vendor, string operation, WireDriftReport report)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var item in report.Items)
        {
            Counter.Add(1, new TagList
            {
                { "imagery.vendor", vendor },
                { "imagery.operation", operation },
                { "imagery.drift.kind", KindTag(item.Kind) },
                { "imagery.drift.field", item.Field },
            });
            var key = (vendor, operation, item.Field, item.Value);
            if (_warned.Count >= MaxRemembered ? !_warned.ContainsKey(key) : _warned.TryAdd(key, true))
            {
                WireDriftLog.Drift(logger, vendor, operation, Describe(item.Kind), item.Field, item.Value is null ? string.Empty : $" ({item.Value})");
            }
        }
    }

    private static string KindTag(WireDriftKind kind) => kind switch
    {
        WireDriftKind.UnknownField => "unknown_field",
        WireDriftKind.UnknownValue => "unknown_value",
        _ => "unexpected_type",
    };

    private static string Describe(WireDriftKind kind) => kind switch
    {
        WireDriftKind.UnknownField => "a field the spec does not describe",
        WireDriftKind.UnknownValue => "a value the spec does not list",
        _ => "a value of another JSON type than the spec gives",
    };
}
