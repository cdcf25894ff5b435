using System.Diagnostics;
using System.Globalization;

namespace Orchestration.Engine.Benchmarks;

/// <summary>Resident memory of this process with many runs waiting on an event. Run first, before other scenarios grow the heap.</summary>
internal static class WaitingMemoryBenchmark
{
    private const double TargetMegabytes = 200;

    public static async Task RunAsync(BenchmarkSettings settings)
    {
        Figures.Section(string.Create(CultureInfo.InvariantCulture, $"Resident memory with {settings.WaitingRuns:N0} runs waiting on an event"));
        await using BenchmarkEngine bench = await BenchmarkEngine.StartAsync("memory");
        double before = WorkingSetMegabytes();
        await bench.StartManyAsync(nameof(WaitWorkflow), settings.WaitingRuns, input: 0);
        await bench.Engine.WaitForIdleAsync();
        double after = WorkingSetMegabytes();
        string name = string.Create(CultureInfo.InvariantCulture, $"working set, {settings.WaitingRuns:N0} waiting runs");
        Figures.Print(name, after, "MB", "< 200 MB", after < TargetMegabytes);
        Figures.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"engine started, no runs: {before:N1} MB; managed heap now {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0:N1} MB"));
    }

    private static double WorkingSetMegabytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using Process self = Process.GetCurrentProcess();
        return self.WorkingSet64 / 1048576.0;
    }
}
