namespace ImageryContracts.Testing.Faults;

/// <summary>
/// One injected fault: on which route, and either for the next N matching calls or with a probability drawn from a
/// seeded generator (so a failing run can be replayed). Thread-safe; <see cref="Triggered"/> shows how often it fired.
/// </summary>
public sealed class FaultRegistration
{
    private readonly object _gate = new();
    private readonly Random? _random;
    private readonly double _probability;
    private int _remaining;
    private int _triggered;

    internal FaultRegistration(FaultRoute route, Fault fault, int count)
    {
        Route = route;
        Fault = fault;
        _remaining = count;
    }

    internal FaultRegistration(FaultRoute route, Fault fault, double probability, int seed)
    {
        Route = route;
        Fault = fault;
        _probability = probability;
        _random = new Random(seed);
        _remaining = int.MaxValue;
    }

    /// <summary>The requests this fault applies to.</summary>
    public FaultRoute Route { get; }

    /// <summary>What goes wrong.</summary>
    public Fault Fault { get; }

    /// <summary>How many times the fault fired so far.</summary>
    public int Triggered => Volatile.Read(ref _triggered);

    /// <summary>Decides, for one matching request, whether the fault fires now.</summary>
    internal bool TryFire()
    {
        lock (_gate)
        {
            if (_remaining == 0 || (_random is not null && _random.NextDouble() >= _probability))
            {
                return false;
            }

            if (_random is null)
            {
                _remaining--;
            }

            _triggered++;
            return true;
        }
    }
}
