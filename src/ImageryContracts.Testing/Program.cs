using ImageryContracts.Testing.CommandLine;

return await StandaloneHost.RunAsync(args, Console.Out, Console.Error);
