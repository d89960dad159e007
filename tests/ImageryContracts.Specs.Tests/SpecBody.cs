namespace ImageryContracts.Specs.Tests;

/// <summary>A body the spec describes: an operation's request body (<paramref name="Status"/> null) or one of its responses.</summary>
/// <param name="Path">The spec path of the operation.</param>
/// <param name="Method">The HTTP method, lower case as in the spec.</param>
/// <param name="Status">The response key (<c>200</c>, <c>4XX</c>), or null for the request body.</param>
public sealed record SpecBody(string Path, string Method, string? Status)
{
    /// <summary>The request body of an operation.</summary>
    public static SpecBody Request(string method, string path) => new(path, method, null);

    /// <summary>A response of an operation.</summary>
    public static SpecBody Response(string method, string path, string status) => new(path, method, status);

    public override string ToString() => $"{(Status is null ? "request of" : Status + " response of")} {Method.ToUpperInvariant()} {Path}";
}
