using System.Diagnostics;
using System.Globalization;
using Orchestration.Engine.Benchmarks;

namespace Orchestration.Runtimes.Benchmarks;

/// <summary>
/// Runs the engine benchmark's 10-step chain on a runtime: warm-up runs first, then the measured runs, each of the
/// concurrent loops starting its next run when the last has finished. Every run's output is checked.
/// </summary>
internal static class ChainBenchmark
{
    public static async Task<ChainFigures> MeasureAsync(IChainRuntime runtime, RunCounts counts)
    {
        await DriveAsync(runtime, "warm-up", counts.WarmUp, counts.Concurrency, latencies: null);
        long stepsBefore = runtime.Steps;
        List<double> latencies = new(counts.Runs);
        Stopwatch clock = Stopwatch.StartNew();
        await DriveAsync(runtime, "chain", counts.Runs, counts.Concurrency, latencies);
        double seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        return new ChainFigures(
            runtime.Name,
            counts.Runs / seconds,
            (runtime.Steps - stepsBefore) / seconds,
            Figures.Percentile(latencies, 0.50),
            Figures.Percentile(latencies, 0.99),
            seconds);
    }

    private static async Task DriveAsync(IChainRuntime runtime, string prefix, int runs, int concurrency, List<double>? latencies)
    {
        int next = -1;
        async Task LoopAsync()
        {
            for (int i = Interlocked.Increment(ref next); i < runs; i = Interlocked.Increment(ref next))
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i:D6}");
                long begin = Stopwatch.GetTimestamp();
                await runtime.StartAsync(id, BenchmarkSettings.ChainLength);
                await runtime.WaitForFinishAsync(id);
                double milliseconds = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
                int output = await runtime.ReadOutputAsync(id);
                if (output != BenchmarkSettings.ChainLength)
                {
                    throw new InvalidOperationException($"Run {id} returned {output}, not {BenchmarkSettings.ChainLength}.");
                }

                if (latencies is not null)
                {
                    lock (latencies)
                    {
                        latencies.Add(milliseconds);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(LoopAsync)));
    }
}

/// <summary>How many runs, how many at once: the full run, or a smoke run with <c>--quick</c>.</summary>
internal sealed record RunCounts(int WarmUp, int Runs, int Concurrency)
{
    public static RunCounts Full { get; } = new(WarmUp: 50, Runs: 1_000, Concurrency: 16);

    public static RunCounts Quick { get; } = new(WarmUp: 16, Runs: 48, Concurrency: 16);
}

/// <summary>One runtime's figures for the measured runs.</summary>
internal sealed record ChainFigures(string Runtime, double RunsPerSecond, double StepsPerSecond, double P50Milliseconds, double P99Milliseconds, double Seconds)
{
    public void Print(RunCounts counts)
    {
        Figures.Section(Runtime);
        Figures.Print("runs/s", RunsPerSecond, "runs/s");
        Figures.Print("steps/s", StepsPerSecond, "steps/s");
        Figures.Print("run latency p50", P50Milliseconds, "ms");
        Figures.Print("run latency p99", P99Milliseconds, "ms");
        Figures.Note(string.Create(CultureInfo.InvariantCulture, $"{counts.Runs} runs in {Seconds:N1} s after {counts.WarmUp} warm-up runs"));
    }
}
