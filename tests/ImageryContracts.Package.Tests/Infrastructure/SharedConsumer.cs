namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// One consumer project shared by the tests of a class: created, restored and first built by the first test that
/// asks, so that cost is paid once. (A class fixture cannot take the collection's <see cref="PackedKit"/> in xunit 2.)
/// </summary>
public sealed class SharedConsumer
{
    private readonly object gate = new();
    private (ConsumerProject Project, CommandResult FirstBuild)? created;

    /// <summary>The consumer and its first build, made by <paramref name="create"/> the first time.</summary>
    /// <param name="create">Creates and sets up the project, then builds it.</param>
    /// <returns>The shared project and the result of its first build.</returns>
    public (ConsumerProject Project, CommandResult FirstBuild) GetOrCreate(Func<(ConsumerProject Project, CommandResult FirstBuild)> create)
    {
        lock (gate)
        {
            created ??= create();
            return created.Value;
        }
    }
}
