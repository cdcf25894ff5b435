using System.Diagnostics;
using System.Globalization;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Benchmarks;

/// <summary>Durable steps per second for a 10-step chain with a fixed number of runs in flight.</summary>
internal static class ThroughputBenchmark
{
    private const double Target = 5_000;

    public static async Task RunAsync(BenchmarkSettings settings)
    {
        Figures.Section($"Throughput: {BenchmarkSettings.ChainLength}-step chain, one activity + one episode per step");
        foreach (int concurrency in BenchmarkSettings.Concurrencies)
        {
            (double stepsPerSecond, long runs) = await MeasureAsync(settings, concurrency);
            string name = string.Create(CultureInfo.InvariantCulture, $"steps/s at concurrency {concurrency}");
            if (concurrency == BenchmarkSettings.Concurrencies[^1])
            {
                Figures.Print(name, stepsPerSecond, "steps/s", ">= 5,000", stepsPerSecond >= Target);
            }
            else
            {
                Figures.Print(name, stepsPerSecond, "steps/s");
            }

            Figures.Note(string.Create(CultureInfo.InvariantCulture, $"{runs} runs completed in the measured window"));
        }
    }

    private static async Task<(double StepsPerSecond, long Runs)> MeasureAsync(BenchmarkSettings settings, int concurrency)
    {
        await using BenchmarkEngine bench = await BenchmarkEngine.StartAsync($"chain{concurrency}");
        using CancellationTokenSource stop = new();
        long started = 0;
        long completed = 0;
        async Task RunLoopAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"chain-{Interlocked.Increment(ref started)}");
                await bench.Client.ScheduleNewWorkflowAsync(nameof(ChainWorkflow), BenchmarkSettings.ChainLength, new(id));
                WorkflowMetadata done = await bench.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true);
                if (done.RuntimeStatus != WorkflowRuntimeStatus.Completed || done.ReadOutputAs<int>() != BenchmarkSettings.ChainLength)
                {
                    throw new InvalidOperationException($"Run {id} ended {done.RuntimeStatus} with {done.SerializedOutput}: {done.FailureDetails}");
                }

                Interlocked.Increment(ref completed);
            }
        }

        Task[] loops = [.. Enumerable.Range(0, concurrency).Select(_ => Task.Run(RunLoopAsync))];
        await Task.Delay(settings.WarmUp);
        long stepsBefore = bench.Counter.Value;
        long runsBefore = Interlocked.Read(ref completed);
        Stopwatch window = Stopwatch.StartNew();
        await Task.Delay(settings.Window);
        long steps = bench.Counter.Value - stepsBefore;
        long runs = Interlocked.Read(ref completed) - runsBefore;
        TimeSpan elapsed = window.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        return (steps / elapsed.TotalSeconds, runs);
    }
}
