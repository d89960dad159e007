using ImageryContracts.Http;
using ImageryContracts.Ordering;

namespace ImageryContracts.CrashTests.Worker;

/// <summary>
/// Works through the slot's jobs: each places its order under the job's reference and, on DataCosmos, checks it out.
/// A job whose reference another (or a killed) worker still holds, or whose outcome is unknown for now, goes to the back
/// of the queue and is tried again, as a job runner redelivers it.
/// </summary>
internal static class JobRunner
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    public static async Task<int> RunAsync(WorkerSettings settings, CrashHooks hooks, TextWriter output, CancellationToken cancellationToken)
    {
        await using var services = WorkerServices.Build(settings, hooks);
        if (settings.Recover)
        {
            var recovered = (await services.OneAtlas().RecoverAsync(cancellationToken)).Concat(await services.DataCosmos().RecoverAsync(cancellationToken)).ToList();
            await output.WriteLineAsync($"recovered {recovered.Count}: {string.Join(", ", recovered.GroupBy(intent => intent.State).Select(group => $"{group.Key} {group.Count()}"))}");
        }

        var queue = new Queue<CrashJob>(settings.MyJobs);
        var done = 0;
        var resumed = 0;
        while (queue.TryDequeue(out var job))
        {
            try
            {
                var (orderId, wasResumed) = await PlaceAsync(services, job, cancellationToken);
                done++;
                resumed += wasResumed ? 1 : 0;
                await output.WriteLineAsync($"placed {job.Key} {job.Vendor} {orderId} {(wasResumed ? "resumed" : "new")}");
            }
            catch (Exception retryable) when (retryable is OrderInProgressException or OrderOutcomeUnknownException or ImageryApiException { IsTransient: true })
            {
                await output.WriteLineAsync($"later {job.Key}: {retryable.GetType().Name}");
                queue.Enqueue(job);
                await Task.Delay(RetryPause, cancellationToken);
            }
        }

        await output.WriteLineAsync($"worker done: {done} jobs, {resumed} resumed");
        return 0;
    }

    private static async Task<(Guid OrderId, bool Resumed)> PlaceAsync(IServiceProvider services, CrashJob job, CancellationToken cancellationToken)
    {
        if (job.Vendor == CrashJob.OneAtlas)
        {
            var created = await services.OneAtlas().PlaceOrderAsync(CrashJob.OneAtlasOrder(), job.Reference, cancellationToken);
            return (created.Order.Id!.Value, created.Resumed);
        }

        var dataCosmos = services.DataCosmos();
        var order = await dataCosmos.PlaceOrderAsync([job.DataCosmosLine()], job.Reference, cancellationToken);
        var orderId = order.Order.Id!.Value;
        await dataCosmos.CheckoutAsync(orderId, cancellationToken);
        return (orderId, order.Resumed);
    }
}
