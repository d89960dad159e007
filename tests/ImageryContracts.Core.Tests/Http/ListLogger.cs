using Microsoft.Extensions.Logging;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>Keeps every formatted log line, to assert what reaches a log and what never does.</summary>
internal sealed class ListLogger : ILogger
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string AllText => string.Join(Environment.NewLine, Lines);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add($"{logLevel} {eventId.Name}: {formatter(state, exception)}");
        }
    }
}
