using ImageryContracts.Testing.Faults;
using Microsoft.AspNetCore.Http;

namespace ImageryContracts.Testing.Hosting;

/// <summary>What the simulator notes about one request while serving it, for the request log.</summary>
internal static class SimulatorContext
{
    private static readonly object OrderKey = new();
    private static readonly object FaultKey = new();
    private static readonly object RecordKey = new();

    /// <summary>Notes that this request created an order, whatever response the client finally gets.</summary>
    public static void MarkOrderCreated(HttpContext context, string orderId) => context.Items[OrderKey] = orderId;

    /// <summary>The id of the order this request created, if any.</summary>
    public static string? CreatedOrderId(HttpContext context) => context.Items[OrderKey] as string;

    /// <summary>Notes the fault injected into this request.</summary>
    public static void MarkFault(HttpContext context, FaultKind kind) => context.Items[FaultKey] = kind;

    /// <summary>The fault injected into this request, if any.</summary>
    public static FaultKind? Fault(HttpContext context) => context.Items[FaultKey] as FaultKind?;

    /// <summary>Registers how the request log records this request.</summary>
    public static void OnRecord(HttpContext context, Action record) => context.Items[RecordKey] = record;

    /// <summary>
    /// Records the request now rather than when its pipeline unwinds. A fault that cuts the connection calls this first:
    /// the client sees the reset at once, and a test reading the log right after must already find the request there.
    /// </summary>
    public static void RecordNow(HttpContext context)
    {
        if (context.Items[RecordKey] is Action record)
        {
            record();
        }
    }
}
