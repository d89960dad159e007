using ImageryContracts.ClientTestKit;
using ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// A date-time the vendor sends without an offset is UTC, whatever the reading machine's time zone. System.Text.Json
/// reads such a value as local time (+09:00 in Tokyo). The zone is switched for the process, so the class runs alone.
/// </summary>
[Collection(nameof(ProcessTimeZone))]
public sealed class ClientLocalTimeTests
{
    [Fact]
    public async Task An_offset_less_processing_date_is_read_as_utc_in_tokyo_and_written_back_as_sent()
    {
        using var tokyo = new ProcessTimeZone("Asia/Tokyo");
        Assert.Equal(TimeSpan.FromHours(9), TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow));

        var properties = await KiotaJson.ParseAsync(
            """{"id":"fd50a02e-f073-4abe-83b3-d946f9bbd290","processingDate":"2020-04-02T19:30:32.373","acquisitionDate":"2020-04-01T18:56:19.305Z"}""",
            CatalogItemProperties.CreateFromDiscriminatorValue);

        Assert.Equal(new DateTimeOffset(2020, 4, 2, 19, 30, 32, 373, TimeSpan.Zero), properties.ProcessingDate);
        Assert.Equal(TimeSpan.Zero, properties.ProcessingDate!.Value.Offset);
        Assert.Contains("\"processingDate\":\"2020-04-02T19:30:32.373\"", KiotaJson.Serialize(properties), StringComparison.Ordinal);
    }
}

/// <summary>Sets the process's local time zone (the <c>TZ</c> variable .NET reads on Linux) and restores it when disposed.</summary>
[CollectionDefinition(nameof(ProcessTimeZone), DisableParallelization = true)]
public sealed class ProcessTimeZone : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable("TZ");

    public ProcessTimeZone()
        : this(null)
    {
    }

    public ProcessTimeZone(string? zone)
    {
        if (zone is not null)
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _previous);
        TimeZoneInfo.ClearCachedData();
    }
}
