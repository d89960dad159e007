using Microsoft.Extensions.Logging;

namespace OrderWorkflow.Display;

/// <summary>
/// The <c>--verbose</c> log: each event of the kit's HTTP pipeline and ordering as one line (the kit has redacted
/// secrets already). <c>IHttpClientFactory</c>'s own request logs are left out: the kit's pipeline logs each attempt.
/// </summary>
/// <param name="writeLine">Where each line goes.</param>
internal sealed class LineLoggerProvider(Action<string> writeLine) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("System.Net.Http.", StringComparison.Ordinal) ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance : new LineLogger(writeLine);

    public void Dispose()
    {
    }
}
