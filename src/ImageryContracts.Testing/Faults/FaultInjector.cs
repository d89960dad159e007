namespace ImageryContracts.Testing.Faults;

/// <summary>
/// The faults a simulator injects, per route. The first registration (in the order added) that fires for a request
/// decides its fault; a request no registration fires for is served normally.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultRegistration> _registrations = [];

    /// <summary>Fails the next <paramref name="count"/> calls to <paramref name="route"/>.</summary>
    /// <param name="count">How many matching calls fail, at least 1.</param>
    /// <param name="route">Method and spec path, for example <c>"POST /api/v1/orders"</c> (see <see cref="FaultRoute"/>).</param>
    /// <param name="fault">What goes wrong.</param>
    /// <returns>The registration, to observe how often it fired.</returns>
    public FaultRegistration Next(int count, string route, Fault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(fault);
        fault.Validate();
        return Add(new FaultRegistration(FaultRoute.Parse(route), fault, count));
    }

    /// <summary>Fails each call to <paramref name="route"/> with <paramref name="probability"/>, drawn from a generator seeded with <paramref name="seed"/>.</summary>
    /// <param name="probability">The chance a matching call fails, in [0, 1].</param>
    /// <param name="seed">The generator's seed: the same seed and the same calls give the same faults.</param>
    /// <param name="route">Method and spec path (see <see cref="FaultRoute"/>).</param>
    /// <param name="fault">What goes wrong.</param>
    /// <returns>The registration, to observe how often it fired.</returns>
    public FaultRegistration Randomly(double probability, int seed, string route, Fault fault)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A fault probability is in [0, 1]; 0.25 fails about one call in four.");
        }

        ArgumentNullException.ThrowIfNull(fault);
        fault.Validate();
        return Add(new FaultRegistration(FaultRoute.Parse(route), fault, probability, seed));
    }

    /// <summary>Removes every fault: from now on every request is served normally.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _registrations.Clear();
        }
    }

    /// <summary>The fault for one request, or null.</summary>
    internal Fault? Take(string method, string path)
    {
        FaultRegistration[] candidates;
        lock (_gate)
        {
            candidates = _registrations.Where(registration => registration.Route.Matches(method, path)).ToArray();
        }

        return candidates.FirstOrDefault(registration => registration.TryFire())?.Fault;
    }

    private FaultRegistration Add(FaultRegistration registration)
    {
        lock (_gate)
        {
            _registrations.Add(registration);
        }

        return registration;
    }
}
