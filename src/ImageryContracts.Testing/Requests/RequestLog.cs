using System.Collections;

namespace ImageryContracts.Testing.Requests;

/// <summary>
/// Every request a simulator received, in order of arrival, so a test can assert what reached the vendor:
/// <c>Assert.Single(sim.Requests.CreatedOrders)</c>. Thread-safe; enumerating takes a snapshot.
/// </summary>
public sealed class RequestLog : IReadOnlyList<RecordedRequest>
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private int _sequence;

    /// <summary>Raised after each request is recorded (the standalone host prints it).</summary>
    public event Action<RecordedRequest>? Recorded;

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>The requests that created an order, including those whose response was lost to a fault.</summary>
    public IReadOnlyList<RecordedRequest> CreatedOrders => Snapshot().Where(request => request.CreatedOrder).ToArray();

    /// <inheritdoc />
    public RecordedRequest this[int index] => Snapshot()[index];

    /// <summary>The requests to one route: a method and a spec path, where <c>{name}</c> matches one segment.</summary>
    /// <param name="route">For example <c>"POST /api/v1/orders"</c>.</param>
    public IReadOnlyList<RecordedRequest> To(string route)
    {
        var match = Faults.FaultRoute.Parse(route);
        return Snapshot().Where(request => match.Matches(request.Method, request.Path)).ToArray();
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <inheritdoc />
    public IEnumerator<RecordedRequest> GetEnumerator() => ((IEnumerable<RecordedRequest>)Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal int NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Add(RecordedRequest request)
    {
        // A request is recorded when its response ends, but the log reads in order of arrival: a client that saw a
        // reset connection can send its next request before the first one has finished on the server.
        lock (_gate)
        {
            var index = _requests.Count;
            while (index > 0 && _requests[index - 1].Sequence > request.Sequence)
            {
                index--;
            }

            _requests.Insert(index, request);
        }

        Recorded?.Invoke(request);
    }

    private RecordedRequest[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }
}
