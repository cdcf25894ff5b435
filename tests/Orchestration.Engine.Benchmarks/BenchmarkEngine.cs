using Orchestration.Abstractions;

namespace Orchestration.Engine.Benchmarks;

/// <summary>An engine on a fresh SQLite file in the temp folder (the real disk), deleted when disposed.</summary>
internal sealed class BenchmarkEngine : IAsyncDisposable
{
    private readonly string path;

    private BenchmarkEngine(string path, EmbeddedWorkflowEngine engine, ActivityCounter counter)
    {
        this.path = path;
        Engine = engine;
        Counter = counter;
    }

    public EmbeddedWorkflowEngine Engine { get; }

    public IWorkflowClient Client => Engine.Client;

    public ActivityCounter Counter { get; }

    public static async Task<BenchmarkEngine> StartAsync(string scenario)
    {
        ActivityCounter counter = new();
        WorkflowRegistry registry = Registry(counter);
        string path = Path.Combine(Path.GetTempPath(), $"orchestration-bench-{scenario}-{Guid.NewGuid():N}.db");
        EmbeddedWorkflowEngine engine = await EmbeddedWorkflowEngine.StartAsync(registry, new EmbeddedEngineOptions { DatabasePath = path });
        return new BenchmarkEngine(path, engine, counter);
    }

    public static WorkflowRegistry Registry(ActivityCounter counter) => new WorkflowRegistry()
        .AddWorkflow<ChainWorkflow>()
        .AddWorkflow<WaitWorkflow>()
        .AddWorkflow<WideWorkflow>()
        .AddActivity(new StepActivity(counter));

    /// <summary>Starts runs with up to <paramref name="parallelism"/> start calls in flight, so group commit can batch them.</summary>
    public async Task<string[]> StartManyAsync(string workflow, int count, int input, int parallelism = 256)
    {
        string[] ids = [.. Enumerable.Range(0, count).Select(i => $"{workflow}-{i:D6}")];
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (id, cancellation) =>
            await Client.ScheduleNewWorkflowAsync(workflow, input, new StartWorkflowOptions(id), cancellation));
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        foreach (string file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
