using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.Replay;

/// <summary>
/// Regenerates <c>Replay/Histories</c> from runs of the process scenarios. Skipped unless UPDATE_GOLDEN_HISTORIES=1:
/// <c>UPDATE_GOLDEN_HISTORIES=1 dotnet test tests/Orchestration.Processes.Tests --filter GoldenHistoryExportTests</c>.
/// Only a change meant to alter the sequence of durable calls should change a file, and such a change must not reach
/// runs in flight. The reference data refresh loads its two sources at once, so their completions (and the episode
/// boundaries) may come in either order on a regeneration; every such order must replay.
/// </summary>
public sealed class GoldenHistoryExportTests
{
    [GoldenHistoryExportFact]
    public async Task Export_EveryScenario_WritesItsHistoryFile()
    {
        string directory = GoldenHistories.SourceDirectoryBeside();

        foreach (ProcessScenario scenario in ProcessScenario.All)
        {
            using GovernedInvoiceSystems systems = new();
            await GoldenHistories.WriteAsync(directory, scenario.FileName, await scenario.RecordAsync(systems));
        }

        Assert.Equal(ProcessScenario.All.Count, Directory.EnumerateFiles(directory, "*.json").Count());
    }
}
