using System.Diagnostics;
using System.Globalization;
using Orchestration.Abstractions;
using Orchestration.Engine.Replay;

namespace Orchestration.Engine.Benchmarks;

/// <summary>Offline replay of an exported history of about a thousand events with <see cref="WorkflowReplayer"/>.</summary>
internal static class ReplayBenchmark
{
    private const double TargetMilliseconds = 5;

    public static async Task RunAsync(BenchmarkSettings settings)
    {
        Figures.Section("Replay of an exported history with WorkflowReplayer");
        WorkflowHistoryDocument document = await RecordAsync(settings.ReplayActivities);
        WorkflowRegistry registry = BenchmarkEngine.Registry(new ActivityCounter());
        for (int i = 0; i < settings.ReplayWarmUp; i++)
        {
            Check(WorkflowReplayer.Replay(registry, document));
        }

        List<double> samples = new(settings.Replays);
        for (int i = 0; i < settings.Replays; i++)
        {
            long begin = Stopwatch.GetTimestamp();
            ReplayResult result = WorkflowReplayer.Replay(registry, document);
            samples.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            Check(result);
        }

        samples.Sort();
        double median = Figures.Percentile(samples, 0.5);
        string name = string.Create(CultureInfo.InvariantCulture, $"replay of {document.Events.Count:N0} events, median");
        Figures.Print(name, median, "ms", "< 5 ms", median < TargetMilliseconds);
        Figures.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"{settings.Replays} replays after {settings.ReplayWarmUp} warm-up; {settings.ReplayActivities} activities; min {samples[0]:N2} ms, max {samples[^1]:N2} ms"));
    }

    private static async Task<WorkflowHistoryDocument> RecordAsync(int activities)
    {
        await using BenchmarkEngine bench = await BenchmarkEngine.StartAsync("replay");
        const string id = "wide-000";
        await bench.Client.ScheduleNewWorkflowAsync(nameof(WideWorkflow), activities, new StartWorkflowOptions(id));
        WorkflowMetadata done = await bench.Client.WaitForInstanceCompletionAsync(id);
        if (done.RuntimeStatus != WorkflowRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"The recorded run ended {done.RuntimeStatus}: {done.FailureDetails}");
        }

        return await WorkflowHistoryDocument.ExportAsync(bench.Client, id);
    }

    private static void Check(ReplayResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Replay diverged: {result.Divergence}");
        }
    }
}
