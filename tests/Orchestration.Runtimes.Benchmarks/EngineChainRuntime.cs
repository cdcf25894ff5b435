using Orchestration.Abstractions;
using Orchestration.Engine.Benchmarks;

namespace Orchestration.Runtimes.Benchmarks;

/// <summary>The embedded engine on a fresh SQLite file, as its own benchmark runs it; the client's wait is pushed, not polled.</summary>
internal sealed class EngineChainRuntime(BenchmarkEngine bench) : IChainRuntime
{
    public string Name => "embedded engine (SQLite)";

    public long Steps => bench.Counter.Value;

    public static async Task<IChainRuntime> StartAsync() => new EngineChainRuntime(await BenchmarkEngine.StartAsync("runtimes"));

    public Task StartAsync(string instanceId, int length) =>
        bench.Client.ScheduleNewWorkflowAsync(nameof(ChainWorkflow), length, new StartWorkflowOptions(instanceId));

    public Task WaitForFinishAsync(string instanceId) => bench.Client.WaitForInstanceCompletionAsync(instanceId);

    public async Task<int> ReadOutputAsync(string instanceId) => ChainOutput.Of(await bench.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true));

    public ValueTask DisposeAsync() => bench.DisposeAsync();
}
