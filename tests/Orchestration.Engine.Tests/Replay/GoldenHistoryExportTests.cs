using System.Runtime.CompilerServices;
using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
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
        string directory = SourceHistoriesDirectory();
        Directory.CreateDirectory(directory);

        foreach (GoldenScenario scenario in GoldenScenario.All)
        {
            InvoiceCatalog catalog = scenario.CreateCatalog();
            await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(scenario.Registration(catalog));
            string id = await scenario.RunToCompletionAsync(host);
            WorkflowHistoryDocument document = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
            await File.WriteAllTextAsync(Path.Combine(directory, scenario.FileName), WithoutStackTraces(document).ToJson() + "\n");
        }

        Assert.Equal(GoldenScenario.All.Count, Directory.EnumerateFiles(directory, "*.json").Count());
    }

    // Stack traces carry machine paths and line numbers; replay never reads them.
    private static WorkflowHistoryDocument WithoutStackTraces(WorkflowHistoryDocument document) => document with
    {
        Events = [.. document.Events.Select(e => e.Failure is null ? e : e with { Failure = WithoutStackTrace(e.Failure) })],
    };

    private static WorkflowFailureDetails WithoutStackTrace(WorkflowFailureDetails failure) => failure with
    {
        StackTrace = null,
        InnerFailure = failure.InnerFailure is null ? null : WithoutStackTrace(failure.InnerFailure),
    };

    private static string SourceHistoriesDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Histories");
}

/// <summary>A fact that runs only when UPDATE_GOLDEN_HISTORIES=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GoldenHistoryExportFactAttribute : FactAttribute
{
    public GoldenHistoryExportFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN_HISTORIES") != "1")
        {
            Skip = "Regenerates the golden histories; set UPDATE_GOLDEN_HISTORIES=1 to run it.";
        }
    }
}
