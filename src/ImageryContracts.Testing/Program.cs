using ImageryContracts.Testing.CommandLine;

return await StandaloneHost.RunAsync(args, Console.Out, Console.Error);

/// <summary>The standalone host's entry point; a library's consumers never see it.</summary>
/// <remarks>
/// Declared so that it stays internal on every target: on net10.0 ASP.NET Core generates a public Program for
/// top-level statements that none declares, which would make the package's public API differ between its targets.
/// </remarks>
internal partial class Program;
