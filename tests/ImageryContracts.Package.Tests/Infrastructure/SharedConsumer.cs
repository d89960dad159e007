namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// One consumer project shared by the tests of a class: created, restored, built and run by the first test that asks,
/// so that cost is paid once. (A class fixture cannot take the collection's <see cref="PackedKit"/> in xunit 2.)
/// </summary>
public sealed class SharedConsumer
{
    private readonly object gate = new();
    private ConsumerStart? start;

    /// <summary>The consumer and its first build and run, made by <paramref name="create"/> the first time.</summary>
    /// <param name="create">Creates and sets up the project, then starts it with <see cref="ConsumerStart.Of"/>.</param>
    /// <returns>The shared project with its first build and run.</returns>
    public ConsumerStart GetOrCreate(Func<ConsumerStart> create)
    {
        lock (gate)
        {
            return start ??= create();
        }
    }
}
