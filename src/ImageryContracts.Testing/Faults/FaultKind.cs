namespace ImageryContracts.Testing.Faults;

/// <summary>What goes wrong with a request the simulator was told to fail.</summary>
public enum FaultKind
{
    /// <summary>HTTP 429 with a <c>Retry-After</c> header (seconds) and the vendor's error body.</summary>
    TooManyRequests,

    /// <summary>HTTP 500 with the vendor's error body.</summary>
    InternalServerError,

    /// <summary>HTTP 503 with the vendor's error body and a <c>Retry-After</c> header.</summary>
    ServiceUnavailable,

    /// <summary>The normal response, sent after <see cref="Fault.Delay"/> (measured on the simulator's <see cref="TimeProvider"/>).</summary>
    SlowResponse,

    /// <summary>The connection is aborted: the client sees a reset or a response that ends early, never a status code.</summary>
    ConnectionReset,

    /// <summary>HTTP 200 with <c>application/json</c> content that is cut off mid-value.</summary>
    MalformedJson,

    /// <summary>An HTML error page from a proxy in front of the vendor (HTTP 502, <c>text/html</c>).</summary>
    HtmlErrorPage,

    /// <summary>
    /// The normal response, whose body stops after <see cref="Fault.AfterBytes"/> bytes, short of its
    /// <c>Content-Length</c>, and the connection is closed: the client sees the status and headers, exactly that many
    /// bytes, then a premature end (a connection lost mid-download).
    /// </summary>
    CutBody,

    /// <summary>
    /// The normal response, whose body is sent at full speed for <see cref="Fault.AfterBytes"/> bytes and then at
    /// <see cref="Fault.BytesPerSecond"/> (measured on the simulator's <see cref="TimeProvider"/>): a slow or stalled body.
    /// </summary>
    SlowBody,
}
