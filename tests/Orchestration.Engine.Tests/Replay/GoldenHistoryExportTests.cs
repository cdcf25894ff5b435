using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Replay;

/// <summary>
/// Regenerates <c>Replay/Histories</c> from runs of the scenarios. Skipped unless UPDATE_GOLDEN_HISTORIES=1:
/// <c>UPDATE_GOLDEN_HISTORIES=1 dotnet test tests/Orchestration.Engine.Tests --filter GoldenHistoryExportTests</c>.
/// Review the diff before committing: a changed history means runs in flight would replay differently. The fan-out
/// and sub-workflow scenarios complete in a timing-dependent order (and so with timing-dependent episode boundaries);
/// those files may differ on every regeneration, and every such order must replay.
/// </summary>
public sealed class GoldenHistoryExportTests
{
    [GoldenHistoryExportFact]
    public async Task Export_EveryScenario_WritesItsHistoryFile()
    {
        string directory = GoldenHistories.SourceDirectoryBeside();

        foreach (GoldenScenario scenario in GoldenScenario.All)
        {
            InvoiceCatalog catalog = scenario.CreateCatalog();
            await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(scenario.Registration(catalog));
            string id = await scenario.RunToCompletionAsync(host);
            await GoldenHistories.WriteAsync(directory, scenario.FileName, await GoldenHistories.ExportAsync(host.Client, id));
        }

        Assert.Equal(GoldenScenario.All.Count, Directory.EnumerateFiles(directory, "*.json").Count());
    }
}
