using ImageryContracts.Testing.Faults;

namespace ImageryContracts.Testing.Requests;

/// <summary>One request a simulator received, and what became of it.</summary>
/// <param name="Sequence">The order of arrival, from 1.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as the spec writes it, relative to the simulator's base URL.</param>
/// <param name="Query">The query string with its leading <c>?</c>, or empty.</param>
/// <param name="Body">The request body as text, or empty.</param>
/// <param name="StatusCode">The status code the client was sent, or null when the connection was aborted.</param>
/// <param name="CreatedOrderId">The id of the order this request created, even when the response was lost to a fault.</param>
/// <param name="Fault">The fault injected into this request, if any.</param>
public sealed record RecordedRequest(
    int Sequence,
    string Method,
    string Path,
    string Query,
    string Body,
    int? StatusCode,
    string? CreatedOrderId,
    FaultKind? Fault)
{
    /// <summary>The request's <c>Range</c> header, or null when it sent none (a download resumed at byte N sends <c>bytes=N-</c>).</summary>
    public string? Range { get; init; }

    /// <summary>Whether this request created an order.</summary>
    public bool CreatedOrder => CreatedOrderId is not null;

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Sequence} {Method} {Path}{Query} → {(StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "aborted")}"
        + (Fault is { } fault ? $" [fault {fault}]" : "")
        + (CreatedOrderId is { } id ? $" [created order {id}]" : "");
}
