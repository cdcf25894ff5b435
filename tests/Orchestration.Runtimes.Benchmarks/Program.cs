using System.Globalization;
using Orchestration.Engine.Benchmarks;
using Orchestration.Runtimes.Benchmarks;
using Orchestration.TestKit.Azurite;

// The same 10-step chain at concurrency 16 on the embedded engine and on Durable Functions' Azure Storage backend
// over Azurite, in one process. Prints figures; asserts nothing. `--quick` is a smoke run with fewer runs.
RunCounts counts = args.Contains("--quick") ? RunCounts.Quick : RunCounts.Full;
Console.WriteLine($"OrchestrationFunctions runtime comparison{(counts == RunCounts.Quick ? " (--quick)" : string.Empty)}");
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Workload: {BenchmarkSettings.ChainLength}-step chain (one activity per step), {counts.Runs} runs, {counts.Concurrency} in flight"));
await MachineInfo.PrintAsync();

await using AzuriteServer azurite = await AzuriteServer.StartAsync();
ChainFigures engine;
await using (IChainRuntime runtime = await EngineChainRuntime.StartAsync())
{
    engine = await ChainBenchmark.MeasureAsync(runtime, counts);
}

engine.Print(counts);
ChainFigures durable;
await using (IChainRuntime runtime = await AzureStorageChainRuntime.StartAsync(azurite))
{
    durable = await ChainBenchmark.MeasureAsync(runtime, counts);
}

durable.Print(counts);
Figures.Section("Ratio, embedded engine to Azure Storage");
Figures.Print("runs/s, engine / Azure Storage", engine.RunsPerSecond / durable.RunsPerSecond, "x");
Figures.Print("run latency p50, Azure Storage / engine", durable.P50Milliseconds / engine.P50Milliseconds, "x");
Figures.Print("run latency p99, Azure Storage / engine", durable.P99Milliseconds / engine.P99Milliseconds, "x");
return 0;
