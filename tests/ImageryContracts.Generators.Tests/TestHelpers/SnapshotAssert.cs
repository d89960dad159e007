using System.Runtime.CompilerServices;
using System.Text;

namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>
/// Snapshot assertions with Verify's conventions, so moving to Verify.SourceGenerators is a swap of this class:
/// <c>Snapshots/&lt;Class&gt;.&lt;Method&gt;#&lt;HintName&gt;.verified.cs</c> checked in beside the test; on a mismatch
/// <c>*.received.cs</c> is written next to it and the test fails with a line diff; with the environment variable
/// <c>IMAGERY_ACCEPT_SNAPSHOTS=1</c> the received text is accepted as the new verified file.
/// </summary>
public static class SnapshotAssert
{
    private const string AcceptVariable = "IMAGERY_ACCEPT_SNAPSHOTS";

    /// <summary>Compares every generated file with its verified snapshot, and fails on snapshots nothing generates.</summary>
    /// <param name="files">Hint names and generated texts.</param>
    /// <param name="testClass">The test class name (Verify's file prefix).</param>
    /// <param name="testFile">The calling test's source file (found by the compiler).</param>
    /// <param name="testMethod">The calling test method.</param>
    public static void Matches(
        IEnumerable<(string HintName, string Source)> files,
        string testClass,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var prefix = $"{testClass}.{testMethod}#";
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>();
        foreach (var (hintName, source) in files)
        {
            var stem = Path.Combine(directory, prefix + Path.GetFileNameWithoutExtension(hintName));
            var verified = stem + ".verified.cs";
            var received = stem + ".received.cs";
            expectedFiles.Add(Path.GetFileName(verified));
            var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
            if (expected == source)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, source);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, source);
            failures.Add(expected is null
                ? $"New snapshot {Path.GetFileName(received)}: no verified file yet. Review it, then run with {AcceptVariable}=1 (or rename it to .verified.cs)."
                : $"{Path.GetFileName(verified)} differs from what was generated (written to {Path.GetFileName(received)}):{Environment.NewLine}{Diff(expected, source)}");
        }

        foreach (var stale in Directory.GetFiles(directory, prefix + "*.verified.cs").Select(Path.GetFileName).Where(f => !expectedFiles.Contains(f!)))
        {
            if (accept)
            {
                File.Delete(Path.Combine(directory, stale!));
            }
            else
            {
                failures.Add($"{stale} is a snapshot of a file that is no longer generated. Delete it, or run with {AcceptVariable}=1.");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    /// <summary>A readable line diff: the first differing region with a little context, as <c>-</c>/<c>+</c> lines.</summary>
    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        var endBefore = before.Length - 1;
        var endAfter = after.Length - 1;
        while (endBefore > start && endAfter > start && before[endBefore] == after[endAfter])
        {
            endBefore--;
            endAfter--;
        }

        var text = new StringBuilder();
        text.AppendLine($"@@ line {start + 1} @@");
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            text.AppendLine("  " + before[i]);
        }

        foreach (var line in before.Skip(start).Take(Math.Min(endBefore - start + 1, 40)))
        {
            text.AppendLine("- " + line);
        }

        foreach (var line in after.Skip(start).Take(Math.Min(endAfter - start + 1, 40)))
        {
            text.AppendLine("+ " + line);
        }

        return text.ToString();
    }
}
