namespace Orchestration.Engine.Benchmarks;

/// <summary>How long and how many: the full run, or a fast smoke run with <c>--quick</c>.</summary>
internal sealed record BenchmarkSettings(
    TimeSpan WarmUp,
    TimeSpan Window,
    int LatencyWarmUp,
    int LatencySamples,
    int WaitingRuns,
    int ReplayActivities,
    int ReplayWarmUp,
    int Replays)
{
    public static BenchmarkSettings Full { get; } = new(
        TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), LatencyWarmUp: 50, LatencySamples: 1_000, WaitingRuns: 10_000,
        ReplayActivities: 490, ReplayWarmUp: 5, Replays: 50);

    public static BenchmarkSettings Quick { get; } = new(
        TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), LatencyWarmUp: 10, LatencySamples: 100, WaitingRuns: 1_000,
        ReplayActivities: 490, ReplayWarmUp: 2, Replays: 10);

    public static int[] Concurrencies { get; } = [1, 16, 64];

    public const int ChainLength = 10;
}
