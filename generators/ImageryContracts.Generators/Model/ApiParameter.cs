namespace ImageryContracts.Generators.Model;

/// <summary>An operation parameter, with <c>$ref</c>s to <c>components/parameters</c> resolved.</summary>
public sealed record ApiParameter
{
    /// <summary>The wire name.</summary>
    public string Name { get; init; } = "";

    /// <summary><c>in</c>: <c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</summary>
    public string In { get; init; } = "";

    /// <summary><c>required</c> (always true for path parameters).</summary>
    public bool Required { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The parameter's schema.</summary>
    public ApiSchema Schema { get; init; } = new();

    /// <summary><c>style</c>, when given.</summary>
    public string? Style { get; init; }

    /// <summary><c>explode</c>, when given.</summary>
    public bool? Explode { get; init; }

    /// <summary><c>deprecated</c>.</summary>
    public bool Deprecated { get; init; }

    /// <summary><c>example</c> as JSON text.</summary>
    public string? ExampleJson { get; init; }

    /// <summary><c>x-imagery-assumed</c>.</summary>
    public string? Assumed { get; init; }

    /// <summary>The JSON pointer of the parameter (of its definition when referenced).</summary>
    public string Pointer { get; init; } = "";

    /// <summary>Where the parameter sits in the YAML.</summary>
    public NodeLocation Location { get; init; }
}
