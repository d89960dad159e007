using System.Linq;
using ImageryContracts.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Model;

/// <summary>An equatable diagnostic waiting to be reported: descriptor, place in the spec and message arguments.</summary>
/// <param name="Descriptor">The rule from <see cref="Diagnostics.DiagnosticDescriptors"/>.</param>
/// <param name="Location">Where in the spec.</param>
/// <param name="Arguments">The message format arguments, already formatted as text.</param>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> Arguments)
{
    /// <summary>Creates the info.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where in the spec.</param>
    /// <param name="arguments">The message arguments.</param>
    /// <returns>The info.</returns>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray());

    /// <summary>The Roslyn diagnostic.</summary>
    /// <returns>A diagnostic at the spec location.</returns>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.Cast<object>().ToArray());
}
