namespace ImageryContracts.Generators.Model;

/// <summary>
/// One <c>ImageryContract</c> item as plain strings: the first thing the pipeline makes of an AdditionalText, so that
/// nothing holding Roslyn objects crosses a step.
/// </summary>
/// <param name="Path">The spec's path.</param>
/// <param name="Content">The spec's text.</param>
/// <param name="Namespace">The root namespace to generate into (item metadata <c>Namespace</c>).</param>
/// <param name="ClientName">The root client's class name (item metadata <c>ClientName</c>), empty when not given.</param>
public sealed record SpecInput(string Path, string Content, string Namespace, string ClientName);
