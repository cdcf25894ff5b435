using Orchestration.Engine.Benchmarks;

// Figures of the embedded engine, each next to its target. `--quick` is a fast smoke run with fewer samples.
BenchmarkSettings settings = args.Contains("--quick") ? BenchmarkSettings.Quick : BenchmarkSettings.Full;
Console.WriteLine($"OrchestrationFunctions embedded engine benchmarks{(settings == BenchmarkSettings.Quick ? " (--quick)" : string.Empty)}");
await MachineInfo.PrintAsync();

// Memory first, so what the other scenarios leave in the heap does not count against it.
await WaitingMemoryBenchmark.RunAsync(settings);
await ThroughputBenchmark.RunAsync(settings);
await ResumeLatencyBenchmark.RunAsync(settings);
await ReplayBenchmark.RunAsync(settings);
return 0;
