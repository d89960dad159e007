using Microsoft.Extensions.Logging;

namespace ImageryContracts.FacadeTestKit;

/// <summary>Keeps every formatted log line of every category, to assert what reaches the logs and what never does.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly List<string> _lines = [];

    public string AllText
    {
        get
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }

    private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add($"{logLevel} {category} {eventId.Name}: {formatter(state, exception)}");
    }
}
