using System.CommandLine;
using ImageryContracts.CrashTests.Worker;

var jobs = new Option<FileInfo>("--jobs") { Description = "The shared job list, one '<vendor> <key> <index>' per line.", Required = true };
var slot = new Option<int>("--slot") { Description = "This worker's slot.", DefaultValueFactory = _ => 0 };
var slots = new Option<int>("--slots") { Description = "How many workers share the list.", DefaultValueFactory = _ => 1 };
var journal = new Option<string>("--journal") { Description = "sqlite:PATH, postgres:CONNECTION STRING or none.", Required = true };
var oneAtlas = new Option<string>("--oneatlas") { Description = "The OneAtlas simulator's base URL.", Required = true };
var dataCosmos = new Option<string>("--datacosmos") { Description = "The DataCosmos simulator's base URL.", Required = true };
var recover = new Option<bool>("--recover") { Description = "Settle the journal's unanswered intents on start." };
var command = new RootCommand("Places the orders of a job list through the ImageryContracts facades; the crash tests kill it at the hook point IMAGERY_CRASH_AT names.")
{
    jobs, slot, slots, journal, oneAtlas, dataCosmos, recover,
};
command.SetAction(async (parsed, cancellationToken) =>
{
    var settings = new WorkerSettings(
        [.. File.ReadAllLines(parsed.GetValue(jobs)!.FullName).Where(line => line.Length > 0).Select(CrashJob.Parse)],
        parsed.GetValue(slot),
        parsed.GetValue(slots),
        parsed.GetValue(journal)!,
        parsed.GetValue(oneAtlas)!.TrimEnd('/'),
        parsed.GetValue(dataCosmos)!.TrimEnd('/'),
        parsed.GetValue(recover));
    return await JobRunner.RunAsync(settings, new CrashHooks(Environment.GetEnvironmentVariable("IMAGERY_CRASH_AT")), Console.Out, cancellationToken);
});
return await command.Parse(args).InvokeAsync();
