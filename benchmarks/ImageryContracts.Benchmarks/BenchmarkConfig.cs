using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ImageryContracts.Benchmarks;

/// <summary>
/// BenchmarkDotNet's short job (3 warm-ups, 3 iterations, one launch), in this process: the output folder holds the
/// NSwag template engine that works (see the project file), and a 2-core machine shared with builds gains nothing
/// from long jobs whose noise is the load anyway.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess").AsDefault());
}
