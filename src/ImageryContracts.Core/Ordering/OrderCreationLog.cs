using Microsoft.Extensions.Logging;

namespace ImageryContracts.Ordering;

/// <summary>The log events of order creation; order references carry no secrets.</summary>
internal static partial class OrderCreationLog
{
    [LoggerMessage(EventId = 7201, EventName = "OrderCreated", Level = LogLevel.Information,
        Message = "Order {OrderReference} created on attempt {Attempt}{How}")]
    public static partial void Created(ILogger logger, string orderReference, int attempt, string how);

    [LoggerMessage(EventId = 7202, EventName = "OrderCreationAmbiguous", Level = LogLevel.Warning,
        Message = "Creating order {OrderReference} failed ambiguously on attempt {Attempt} ({Failure}); looking it up before deciding")]
    public static partial void Ambiguous(ILogger logger, string orderReference, int attempt, string failure);

    [LoggerMessage(EventId = 7203, EventName = "OrderNotFoundResending", Level = LogLevel.Information,
        Message = "Order {OrderReference} is not in the vendor's list after attempt {Attempt}; sending it again")]
    public static partial void NotFoundResending(ILogger logger, string orderReference, int attempt);

    [LoggerMessage(EventId = 7204, EventName = "OrderCreationRateLimited", Level = LogLevel.Information,
        Message = "Creating order {OrderReference} was rate-limited on attempt {Attempt}; waiting {DelayMs} ms")]
    public static partial void RateLimited(ILogger logger, string orderReference, int attempt, long delayMs);

    [LoggerMessage(EventId = 7205, EventName = "OrderLookupFailed", Level = LogLevel.Warning,
        Message = "Looking up order {OrderReference} failed (lookup {Lookup}): {Failure}")]
    public static partial void LookupFailed(ILogger logger, string orderReference, int lookup, string failure);

    [LoggerMessage(EventId = 7206, EventName = "OrderNotCreated", Level = LogLevel.Warning,
        Message = "Order {OrderReference} was not created after {Attempts} attempt(s); the last lookup confirmed it does not exist")]
    public static partial void NotCreated(ILogger logger, string orderReference, int attempts);

    [LoggerMessage(EventId = 7207, EventName = "OrderNotListedYet", Level = LogLevel.Debug,
        Message = "Order {OrderReference} is not in the vendor's list yet (lookup {Lookup}); looking again within the grace period")]
    public static partial void NotListedYet(ILogger logger, string orderReference, int lookup);
}
