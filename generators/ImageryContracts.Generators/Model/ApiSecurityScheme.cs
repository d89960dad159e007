namespace ImageryContracts.Generators.Model;

/// <summary>A <c>components/securitySchemes</c> entry.</summary>
public sealed record ApiSecurityScheme
{
    /// <summary>The key the operations' <c>security</c> refers to.</summary>
    public string Name { get; init; } = "";

    /// <summary><c>type</c>: <c>http</c>, <c>apiKey</c>, <c>oauth2</c> or <c>openIdConnect</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary><c>scheme</c> (http), e.g. <c>bearer</c>.</summary>
    public string? Scheme { get; init; }

    /// <summary><c>bearerFormat</c>.</summary>
    public string? BearerFormat { get; init; }

    /// <summary><c>in</c> and <c>name</c> of an apiKey scheme.</summary>
    public string? In { get; init; }

    /// <summary>The header, query or cookie name of an apiKey scheme.</summary>
    public string? ParameterName { get; init; }

    /// <summary>The token URL of an oauth2 client-credentials flow.</summary>
    public string? TokenUrl { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }
}
