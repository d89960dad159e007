using System.Collections.Concurrent;
using System.Diagnostics;

namespace ImageryContracts.CrashTests;

/// <summary>
/// A .NET program from this test's output folder run as its own process (<c>dotnet program.dll …</c>), its output read
/// line by line as it comes; killed with SIGKILL (<see cref="Process.Kill(bool)"/> on Linux), never asked to stop.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly ConcurrentQueue<string> _transcript = new();
    private int _outputsOpen = 2;

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Receive(line.Data);
        _process.ErrorDataReceived += (_, line) => Receive(line.Data is null ? null : "stderr: " + line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Every line so far, for failure messages.</summary>
    public string Transcript => string.Join(Environment.NewLine, _transcript.TakeLast(40));

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new ChildProcess(Process.Start(start)!);
    }

    /// <summary>The next line of output, or <c>null</c> once the process has closed its output.</summary>
    public string? ReadLine(TimeSpan timeout) =>
        _lines.TryTake(out var line, timeout) ? line : _lines.IsCompleted ? null : throw new TimeoutException($"No output for {timeout.TotalSeconds:0} s:{Environment.NewLine}{Transcript}");

    /// <summary>Kills the process at once (SIGKILL), as a crash or an OOM killer would, and waits until it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _outputsOpen) == 0)
            {
                _lines.CompleteAdding();
            }

            return;
        }

        _transcript.Enqueue(line);
        if (!line.StartsWith("stderr: ", StringComparison.Ordinal))
        {
            _lines.Add(line);
        }
    }
}
