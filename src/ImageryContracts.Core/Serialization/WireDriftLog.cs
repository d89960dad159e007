using Microsoft.Extensions.Logging;

namespace ImageryContracts.Serialization;

/// <summary>The log event of wire drift (<see cref="WireDriftWarnings"/>).</summary>
internal static partial class WireDriftLog
{
    [LoggerMessage(EventId = 7301, EventName = "WireDrift", Level = LogLevel.Warning,
        Message = "{Vendor} {Operation} answered with {Drift} at {Field}{Value}: the client kept it in AdditionalData, but the spec does not list it; update the spec if the vendor changed its API")]
    public static partial void Drift(ILogger logger, string vendor, string operation, string drift, string field, string value);
}
