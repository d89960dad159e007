using System.ComponentModel;

namespace ImageryContracts.Serialization;

/// <summary>
/// One generated request executor's call (<c>GetAsync</c>, <c>PostAsync</c>…), as the kit's
/// <see cref="Utf8JsonParseNodeFactory"/> sees it: the body the factory reads while the scope is open is read into a
/// pooled array that goes back to the pool when the scope is disposed, which the executor does once the adapter has
/// returned the model. Without a scope the factory cannot know when its node is done with (Kiota's adapter never
/// says), so a large body waits for a collection and a small one is a copy of its own.
/// </summary>
/// <remarks>
/// For generated code: <see cref="Enter"/> is called at the top of an async method. The scope flows into what the
/// method awaits (an <see cref="AsyncLocal{T}"/>), and leaves with the method's own execution context when it returns,
/// so it needs no reset. A scope adopts the first body read in it; any later one (a custom adapter reading twice) is
/// returned by its finalizer, as outside a scope.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonBodyScope : IDisposable
{
    private static readonly AsyncLocal<JsonBodyScope?> CurrentScope = new();

    // Stands for "disposed" in _body, so adopting after the call has ended fails without a second field to race on.
    private static readonly PooledJsonBody Closed = new([], 0);

    private PooledJsonBody? _body;

    private JsonBodyScope()
    {
    }

    internal static JsonBodyScope? Current => CurrentScope.Value;

    /// <summary>Opens the scope of the calling async method's request.</summary>
    /// <returns>The scope, to dispose when the call has returned.</returns>
    public static JsonBodyScope Enter()
    {
        var scope = new JsonBodyScope();
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>Returns the body read in the scope, if any, to the pool; a node over it refuses to read from then on.</summary>
    public void Dispose()
    {
        var body = Interlocked.Exchange(ref _body, Closed);
        if (body is not null && !ReferenceEquals(body, Closed))
        {
            body.Return();
        }
    }

    internal bool TryAdopt(PooledJsonBody body) => Interlocked.CompareExchange(ref _body, body, null) is null;
}
