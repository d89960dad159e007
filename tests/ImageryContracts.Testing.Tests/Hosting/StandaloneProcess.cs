using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ImageryContracts.Testing.Tests.Hosting;

/// <summary>
/// The standalone simulator as a real process (<c>dotnet ImageryContracts.Testing.dll …</c>, the assembly this test
/// project copies beside itself), with its output collected and signals sent to it as an operator or a container
/// runtime sends them.
/// </summary>
internal sealed class StandaloneProcess : IDisposable
{
    private const int SigIntMask = 1 << (2 - 1);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StandaloneProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Everything the process printed so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The exit code, once it exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the simulator's process.</summary>
    public static StandaloneProcess Start(params string[] args)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "ImageryContracts.Testing.dll");
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // A parent that ignores SIGINT (a background job of a non-interactive shell) passes that on, and .NET keeps an
        // ignored signal ignored; the operator's terminal never does that, so the process starts with the default.
        if (InheritsIgnoredSigInt())
        {
            start.FileName = "env";
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(assembly);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new StandaloneProcess(new Process { StartInfo = start });
        process._process.OutputDataReceived += (_, line) => process.Append(line.Data);
        process._process.ErrorDataReceived += (_, line) => process.Append(line.Data);
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Completes when the simulator said it listens; fails if the process ends first.</summary>
    public async Task ListeningAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.True(first == _ready.Task, $"The simulator did not start listening:{Environment.NewLine}{Output}");
    }

    /// <summary>Sends a signal (<c>SIGTERM</c> is 15, <c>SIGINT</c> 2).</summary>
    public void Signal(int signal) => Assert.Equal(0, Kill(_process.Id, signal));

    /// <summary>Waits for the process to exit.</summary>
    /// <returns>Whether it exited within <paramref name="limit"/>.</returns>
    public async Task<bool> ExitedWithinAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static bool InheritsIgnoredSigInt()
    {
        const string Prefix = "SigIgn:";
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line[Prefix.Length..].Trim(), 16) & SigIntMask) != 0;
    }

    // .NET sends no signals but SIGKILL; kill(2) sends the one a container runtime or a terminal would.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.StartsWith("Stop with Ctrl+C or SIGTERM.", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
