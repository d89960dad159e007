using ImageryContracts.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

public sealed class WireDateTimeTests
{
    [Theory]
    [InlineData("2020-04-02T19:30:32.373", 2020, 4, 2, 19, 30, 32, 3730000, 0)]
    [InlineData("2020-04-02T19:30:32", 2020, 4, 2, 19, 30, 32, 0, 0)]
    [InlineData("2014-08-16T19:49:44Z", 2014, 8, 16, 19, 49, 44, 0, 0)]
    [InlineData("2020-04-02T20:08:25.178876813Z", 2020, 4, 2, 20, 8, 25, 1788768, 0)]
    [InlineData("2021-01-20T16:59:31.982892+02:00", 2021, 1, 20, 16, 59, 31, 9828920, 2)]
    [InlineData("2021-01-20T16:59:31-05:30", 2021, 1, 20, 16, 59, 31, 0, -5.5)]
    public void A_wire_date_time_reads_with_its_offset_or_as_utc(string text, int year, int month, int day, int hour, int minute, int second, int ticks, double offsetHours)
    {
        Assert.True(WireDateTime.TryParse(text, out var value));

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours)).AddTicks(ticks), value);
        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022-01-08T00:00:000Z")]
    [InlineData("2020-04-02")]
    [InlineData("2020-02-30T00:00:00Z")]
    [InlineData("April 2, 2020")]
    [InlineData("2020-04-02T19:30:32.Z")]
    [InlineData("2020-04-02T19:30:32+0200")]
    [InlineData("2020-04-02T19:30:32Z ")]
    [InlineData("2020-04-02T19:30:32Z\n")]
    [InlineData("2020-04-02 19:30:32Z")]
    public void Anything_else_is_not_a_wire_date_time(string? text) =>
        Assert.False(WireDateTime.TryParse(text, out _));

    [Fact]
    public void A_value_set_in_code_is_written_in_round_trip_form_with_its_offset() =>
        Assert.Equal("2021-01-02T03:04:05.0000000+02:00", WireDateTime.Format(new DateTimeOffset(2021, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))));
}
