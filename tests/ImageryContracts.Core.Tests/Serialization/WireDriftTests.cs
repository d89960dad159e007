using ImageryContracts.Http;
using ImageryContracts.Serialization;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ImageryContracts.Core.Tests.Serialization;

public sealed class WireDriftTests
{
    // The warnings are deduplicated process-wide; each test drifts on its own operation so runs do not interact.
    private readonly string _operation = "getSample" + Guid.NewGuid().ToString("N")[..8];
    private readonly FakeLogger _logger = new();

    [Fact]
    public async Task Each_unlisted_field_and_value_is_a_warning_once_per_operation_field_and_value()
    {
        var runner = new VendorCallRunner("Vendor", logger: _logger);
        const string json = """{"count":1,"fresh":true,"leaf":{"label":"a","shade":"dusk"},"leaves":[{"label":"b","shade":"dusk"},{"label":"c","shade":"dawn"}],"at":12}""";

        await RunAsync(runner, json);
        await RunAsync(runner, json);

        var warnings = _logger.Collector.GetSnapshot();
        Assert.All(warnings, warning =>
        {
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.Equal(new EventId(7301, "WireDrift"), warning.Id);
        });
        Assert.Equal(
        [
            "Vendor " + _operation + " answered with a field the spec does not describe at Sample.fresh: the client kept it in AdditionalData, but the spec does not list it; update the spec if the vendor changed its API",
            "Vendor " + _operation + " answered with a value the spec does not list at Leaf.shade (dusk): the client kept it in AdditionalData, but the spec does not list it; update the spec if the vendor changed its API",
            "Vendor " + _operation + " answered with a value the spec does not list at Leaf.shade (dawn): the client kept it in AdditionalData, but the spec does not list it; update the spec if the vendor changed its API",
            "Vendor " + _operation + " answered with a value of another JSON type than the spec gives at Sample.at (number): the client kept it in AdditionalData, but the spec does not list it; update the spec if the vendor changed its API",
        ], warnings.Select(warning => warning.Message));
    }

    [Fact]
    public async Task Every_drifted_value_of_every_response_is_counted()
    {
        using var counter = new MetricCollector<long>(null, WireDriftWarnings.MeterName, WireDriftWarnings.CounterName);
        var runner = new VendorCallRunner("Vendor", logger: _logger);

        await RunAsync(runner, """{"count":1,"leaf":{"label":"a","shade":"dusk"}}""");
        await RunAsync(runner, """{"count":1,"leaf":{"label":"a","shade":"dusk"}}""");
        await RunAsync(runner, """{"count":1,"leaf":{"label":"a","shade":"dark"},"note":null}""");

        var ours = counter.GetMeasurementSnapshot().Where(m => Equals(m.Tags["imagery.operation"], _operation)).ToList();
        Assert.Equal(2, ours.Sum(m => m.Value));
        Assert.All(ours, m =>
        {
            Assert.Equal("Vendor", m.Tags["imagery.vendor"]);
            Assert.Equal("unknown_value", m.Tags["imagery.drift.kind"]);
            Assert.Equal("Leaf.shade", m.Tags["imagery.drift.field"]);
        });
        Assert.Single(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task A_response_as_the_spec_lists_it_reports_nothing()
    {
        var runner = new VendorCallRunner("Vendor", logger: _logger);

        await RunAsync(runner, """{"count":1,"note":null,"leaf":{"label":"a","shade":"dark"}}""");

        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Reads_outside_a_call_report_nowhere_and_inside_one_to_its_report()
    {
        await KitJson.ReadAsync("""{"fresh":1}""", Sample.CreateFromDiscriminatorValue);

        using var report = WireDrift.Begin();
        await KitJson.ReadAsync("""{"fresh":1}""", Sample.CreateFromDiscriminatorValue);

        Assert.Equal([new WireDriftItem(WireDriftKind.UnknownField, "Sample.fresh", null)], report.Items);
    }

    [Fact]
    public async Task A_missing_required_field_is_an_unreadable_answer_naming_the_operation_and_the_field()
    {
        var runner = new VendorCallRunner("Vendor", logger: _logger);

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => RunAsync(runner, """{"count":1,"leaves":[{"label":"a"},{"label":5}]}"""));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(_operation, error.Operation);
        Assert.Equal("leaves[1].label", error.Field);
        Assert.Contains($"Vendor {_operation} got an answer it cannot read", error.Message);
        Assert.Contains("the field leaves[1].label, which the spec requires, is missing or holds a value of another type", error.Message);
    }

    [Fact]
    public async Task Malformed_json_is_an_unreadable_answer_naming_the_operation_and_the_field()
    {
        var runner = new VendorCallRunner("Vendor", logger: _logger);

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => RunAsync(runner, """{"count":1,"leaves":[{"label":"a"},{"label":tru}]}"""));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal("$.leaves[1].label", error.Field);
        Assert.Contains("(at $.leaves[1].label)", error.Message);
    }

    private Task<Sample> RunAsync(VendorCallRunner runner, string json) =>
        runner.RunAsync(_operation, RetryPolicy.Default, async _ => await KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue), CancellationToken.None);
}
