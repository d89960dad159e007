using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ImageryContracts.Telemetry;

/// <summary>
/// The kit's OpenTelemetry names: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both called
/// <see cref="Name"/>, the span names of the facades' operations, their attributes and the counters (docs/telemetry.md).
/// Subscribe with <c>AddSource("ImageryContracts")</c> and <c>AddMeter("ImageryContracts")</c>; with neither, nothing is
/// recorded and the cost is a null check.
/// </summary>
public static class ImageryTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "ImageryContracts";

    /// <summary>Span: a price request.</summary>
    public const string PriceSpan = "imagery.price";

    /// <summary>Span: an order creation, at most once, lookups included.</summary>
    public const string OrderSpan = "imagery.order";

    /// <summary>Span: a checkout (DataCosmos).</summary>
    public const string CheckoutSpan = "imagery.checkout";

    /// <summary>Span: polling an order until it is done.</summary>
    public const string PollSpan = "imagery.poll";

    /// <summary>Span: a catalogue search.</summary>
    public const string SearchSpan = "imagery.search";

    /// <summary>Span: a download of one file (a OneAtlas delivery, a DataCosmos asset), its retries and resumes included.</summary>
    public const string DownloadSpan = "imagery.download";

    /// <summary>Attribute on every span and measurement: the vendor (<c>OneAtlas</c>, <c>DataCosmos</c>).</summary>
    public const string VendorAttribute = "imagery.vendor";

    /// <summary>Attribute: the client reference an order is looked up by.</summary>
    public const string OrderReferenceAttribute = "imagery.order.reference";

    /// <summary>Attribute: the vendor's order id.</summary>
    public const string OrderIdAttribute = "imagery.order.id";

    /// <summary>Attribute: how many times the creation request was sent.</summary>
    public const string SendAttemptsAttribute = "imagery.order.send_attempts";

    /// <summary>Attribute: whether the order was found in the vendor's list after an ambiguous failure.</summary>
    public const string FoundByLookupAttribute = "imagery.order.found_by_lookup";

    /// <summary>Attribute: how many reads a poll took.</summary>
    public const string PollAttemptsAttribute = "imagery.poll.attempts";

    /// <summary>Attribute: how many pages a search read.</summary>
    public const string SearchPagesAttribute = "imagery.search.pages";

    /// <summary>Attribute: how many images a search yielded to its caller.</summary>
    public const string SearchItemsAttribute = "imagery.search.items";

    /// <summary>Attribute (OpenTelemetry's <c>file.name</c>): the downloaded file's name, without its folder.</summary>
    public const string FileNameAttribute = "file.name";

    /// <summary>Attribute (OpenTelemetry's <c>file.size</c>): the downloaded file's length in bytes.</summary>
    public const string FileSizeAttribute = "file.size";

    /// <summary>Attribute: how many requests with a body a download made.</summary>
    public const string DownloadAttemptsAttribute = "imagery.download.attempts";

    /// <summary>Attribute: how many times a download continued from the bytes on disk.</summary>
    public const string DownloadResumesAttribute = "imagery.download.resumes";

    /// <summary>Attribute: how many times a download threw the bytes on disk away and started from zero.</summary>
    public const string DownloadRestartsAttribute = "imagery.download.restarts";

    /// <summary>
    /// Attribute of a failed span (OpenTelemetry's <c>error.type</c>): the <c>ImageryFailureKind</c> of a vendor call
    /// failure (<c>ErrorStatus</c>, <c>Timeout</c>, …), else the exception's full type name.
    /// </summary>
    public const string ErrorTypeAttribute = "error.type";

    /// <summary>Counter: orders created by the request sent.</summary>
    public const string OrdersCreatedCounter = "imagery.orders.created";

    /// <summary>Counter: orders found in the vendor's list after a failure left the outcome unknown.</summary>
    public const string OrdersFoundByLookupCounter = "imagery.orders.found_by_lookup";

    /// <summary>Counter: order creations that ended without an order (the vendor refused, or the lookup confirmed none).</summary>
    public const string OrdersRefusedCounter = "imagery.orders.refused";

    /// <summary>Counter: order creations whose outcome stayed unknown (the order list could not be read).</summary>
    public const string OrdersUnknownCounter = "imagery.orders.unknown";

    /// <summary>
    /// Counter: bytes of imagery received from the network. Bytes a download resumes from are not received again and
    /// count once; bytes a restart throws away were received and count again.
    /// </summary>
    public const string DownloadedBytesCounter = "imagery.download.bytes";

    private static readonly string? Version = typeof(ImageryTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>The kit's activity source.</summary>
    public static ActivitySource Source { get; } = new(Name, Version);

    /// <summary>The kit's meter (initialised before the counters below, which it creates).</summary>
    public static Meter Meter { get; } = new(Name, Version);

    private static readonly Counter<long> Created = Meter.CreateCounter<long>(OrdersCreatedCounter, "{order}", "Orders created by the request sent.");
    private static readonly Counter<long> FoundByLookup = Meter.CreateCounter<long>(OrdersFoundByLookupCounter, "{order}", "Orders found in the vendor's list after an ambiguous failure.");
    private static readonly Counter<long> Refused = Meter.CreateCounter<long>(OrdersRefusedCounter, "{order}", "Order creations that ended without an order.");
    private static readonly Counter<long> Unknown = Meter.CreateCounter<long>(OrdersUnknownCounter, "{order}", "Order creations whose outcome stayed unknown.");
    private static readonly Counter<long> Downloaded = Meter.CreateCounter<long>(DownloadedBytesCounter, "By", "Bytes of imagery received.");

    /// <summary>Counts bytes of imagery received, as they arrive (<see cref="Downloads.FileDownloader"/> does for every file).</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="bytes">How many bytes arrived.</param>
    public static void RecordDownloadedBytes(string vendor, long bytes) => Downloaded.Add(bytes, VendorTag(vendor));

    internal static void RecordOrderCreated(string vendor, bool foundByLookup) => (foundByLookup ? FoundByLookup : Created).Add(1, VendorTag(vendor));

    internal static void RecordOrderRefused(string vendor) => Refused.Add(1, VendorTag(vendor));

    internal static void RecordOrderUnknown(string vendor) => Unknown.Add(1, VendorTag(vendor));

    private static KeyValuePair<string, object?> VendorTag(string vendor) => new(VendorAttribute, vendor);
}
