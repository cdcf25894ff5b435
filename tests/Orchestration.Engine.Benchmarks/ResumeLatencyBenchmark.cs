using System.Diagnostics;
using System.Globalization;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Benchmarks;

/// <summary>From RaiseEventAsync to the run observed Completed, for runs already waiting; one at a time.</summary>
internal static class ResumeLatencyBenchmark
{
    public static async Task RunAsync(BenchmarkSettings settings)
    {
        Figures.Section("External-event resume latency: RaiseEventAsync -> WaitForInstanceCompletionAsync sees Completed");
        await using BenchmarkEngine bench = await BenchmarkEngine.StartAsync("resume");
        string[] ids = await bench.StartManyAsync(nameof(WaitWorkflow), settings.LatencyWarmUp + settings.LatencySamples, input: 0);
        await bench.Engine.WaitForIdleAsync();
        List<double> samples = new(settings.LatencySamples);
        for (int i = 0; i < ids.Length; i++)
        {
            long begin = Stopwatch.GetTimestamp();
            await bench.Client.RaiseEventAsync(ids[i], WaitWorkflow.EventName, 1);
            WorkflowMetadata done = await bench.Client.WaitForInstanceCompletionAsync(ids[i]);
            double milliseconds = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
            if (done.RuntimeStatus != WorkflowRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"Run {ids[i]} ended {done.RuntimeStatus}: {done.FailureDetails}");
            }

            if (i >= settings.LatencyWarmUp)
            {
                samples.Add(milliseconds);
            }
        }

        samples.Sort();
        double p99 = Figures.Percentile(samples, 0.99);
        Figures.Print("resume latency p50", Figures.Percentile(samples, 0.50), "ms");
        Figures.Print("resume latency p99", p99, "ms", "< 10 ms", p99 < 10);
        Figures.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"{samples.Count} sequential samples after {settings.LatencyWarmUp} warm-up; max {samples[^1]:N2} ms"));
    }
}
