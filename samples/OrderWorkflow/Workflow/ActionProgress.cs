namespace OrderWorkflow.Workflow;

/// <summary>
/// Reports on the caller's thread, in order. <see cref="Progress{T}"/> posts to the thread pool, so two quick reports
/// could reach the display swapped.
/// </summary>
/// <typeparam name="T">What is reported.</typeparam>
/// <param name="report">What each report does.</param>
public sealed class ActionProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
