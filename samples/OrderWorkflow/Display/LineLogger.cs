using Microsoft.Extensions.Logging;

namespace OrderWorkflow.Display;

/// <summary>The <c>--verbose</c> log: each event of the kit's HTTP pipeline as one line (the pipeline has redacted secrets already).</summary>
/// <param name="writeLine">Where each line goes.</param>
internal sealed class LineLogger(Action<string> writeLine) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        writeLine($"  {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
    }
}
