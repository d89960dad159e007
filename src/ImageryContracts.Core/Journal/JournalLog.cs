using Microsoft.Extensions.Logging;

namespace ImageryContracts.Journal;

/// <summary>The log events of the order journal; references and fingerprints carry no secrets.</summary>
internal static partial class JournalLog
{
    [LoggerMessage(EventId = 7301, EventName = "OrderResumed", Level = LogLevel.Information,
        Message = "{Vendor} reference {Reference} already has order {Answer} ({How}); returning it instead of ordering again")]
    public static partial void Resumed(ILogger logger, string vendor, string reference, string answer, string how);

    [LoggerMessage(EventId = 7302, EventName = "OrderRecoveryLookup", Level = LogLevel.Information,
        Message = "{Vendor} reference {Reference} was left without an answer by an earlier attempt; looking it up before anything is resent")]
    public static partial void Recovering(ILogger logger, string vendor, string reference);

    [LoggerMessage(EventId = 7303, EventName = "OrderRecoveryNotFound", Level = LogLevel.Information,
        Message = "{Vendor} reference {Reference} is not in the vendor's list after the grace period; {Next}")]
    public static partial void NotFound(ILogger logger, string vendor, string reference, string next);

    [LoggerMessage(EventId = 7304, EventName = "JournalLeaseLost", Level = LogLevel.Warning,
        Message = "{Vendor} reference {Reference}: the journal claim (token {Token}) was taken over by another worker; {Consequence}")]
    public static partial void LeaseLost(ILogger logger, string vendor, string reference, long token, string consequence);

    [LoggerMessage(EventId = 7305, EventName = "JournalRenewalFailed", Level = LogLevel.Warning,
        Message = "{Vendor} reference {Reference}: renewing the journal claim failed ({Failure}); trying again")]
    public static partial void RenewalFailed(ILogger logger, string vendor, string reference, string failure);

    [LoggerMessage(EventId = 7306, EventName = "JournalWriteFailed", Level = LogLevel.Error,
        Message = "{Vendor} reference {Reference}: recording {State} in the journal failed ({Failure}); the intent stays unanswered and is looked up by the next call")]
    public static partial void WriteFailed(ILogger logger, string vendor, string reference, OrderIntentState state, string failure);
}
