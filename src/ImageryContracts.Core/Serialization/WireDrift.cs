namespace ImageryContracts.Serialization;

/// <summary>
/// Collects, for the call in progress, what responses carry that their spec does not list. The collection flows with
/// the call's async context, so the generated readers report into it without any parameter, and costs nothing when
/// a response matches its spec.
/// </summary>
public static class WireDrift
{
    private static readonly AsyncLocal<WireDriftReport?> Scope = new();

    /// <summary>The report of the call in progress, or <see langword="null"/> outside one.</summary>
    public static WireDriftReport? Current => Scope.Value;

    /// <summary>Starts collecting for the calls made from here until the report is disposed.</summary>
    /// <returns>The report.</returns>
    public static WireDriftReport Begin()
    {
        var report = new WireDriftReport(Scope.Value);
        Scope.Value = report;
        return report;
    }

    internal static void Restore(WireDriftReport? outer) => Scope.Value = outer;
}
