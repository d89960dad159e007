namespace ImageryContracts.Core.Tests.Polling;

/// <summary>A jitter source that always draws the same fraction, so each wait is exactly that share of the backoff cap.</summary>
internal sealed class FixedRandom(double fraction) : Random
{
    public override double NextDouble() => fraction;
}
