using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>One operation of a path.</summary>
public sealed record ApiOperation
{
    /// <summary>The HTTP method in capitals (<c>GET</c>, <c>POST</c>, …).</summary>
    public string Method { get; init; } = "";

    /// <summary><c>operationId</c>.</summary>
    public string? OperationId { get; init; }

    /// <summary><c>summary</c>.</summary>
    public string? Summary { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>tags</c>.</summary>
    public EquatableArray<string> Tags { get; init; }

    /// <summary>The parameters: the path item's merged with the operation's (the operation's win on name and location).</summary>
    public EquatableArray<ApiParameter> Parameters { get; init; }

    /// <summary>The request body, with <c>$ref</c>s to <c>components/requestBodies</c> resolved.</summary>
    public ApiRequestBody? RequestBody { get; init; }

    /// <summary>The responses per status code (<c>200</c>, <c>4XX</c>, <c>default</c>…), in document order.</summary>
    public EquatableArray<ApiResponse> Responses { get; init; }

    /// <summary>Operation-level <c>servers</c> (empty: the path's or document's apply).</summary>
    public EquatableArray<ApiServer> Servers { get; init; }

    /// <summary>The security schemes in force: the operation's <c>security</c>, else the document's (empty: none).</summary>
    public EquatableArray<string> Security { get; init; }

    /// <summary><c>deprecated</c>.</summary>
    public bool Deprecated { get; init; }

    /// <summary><c>x-imagery-assumed</c>: why the shape is assumed rather than documented by the vendor.</summary>
    public string? Assumed { get; init; }

    /// <summary>The JSON pointer of the operation.</summary>
    public string Pointer { get; init; } = "";

    /// <summary>Where the operation sits in the YAML.</summary>
    public NodeLocation Location { get; init; }
}
