using System.Runtime.CompilerServices;
using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Xunit;

namespace Orchestration.TestKit;

/// <summary>
/// Checked-in run histories that every build replays against the current workflow code, as temporalio/sdk-dotnet
/// does: each test project keeps them in <c>Replay/Histories</c>, copied beside its tests, and names a history that
/// must not replay <c>*.divergent.json</c>.
/// </summary>
public static class GoldenHistories
{
    /// <summary>The file name ending of a history that must be reported as divergent.</summary>
    public const string DivergentSuffix = ".divergent.json";

    /// <summary>Gets the folder the tests read the histories from: the copy in the test output.</summary>
    public static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "Replay", "Histories");

    /// <summary>Gets the checked-in folder beside the calling source file, where an exporter writes.</summary>
    /// <param name="callerFile">Filled in by the compiler; leave it out.</param>
    /// <returns>The <c>Histories</c> folder next to the caller.</returns>
    public static string SourceDirectoryBeside([CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Histories");

    /// <summary>Reads a history from <see cref="OutputDirectory"/>.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <returns>The document.</returns>
    public static WorkflowHistoryDocument Read(string fileName) =>
        WorkflowHistoryDocument.FromJson(File.ReadAllText(Path.Combine(OutputDirectory, fileName)));

    /// <summary>Exports a run's history without what differs from machine to machine.</summary>
    /// <param name="client">The client of the host that ran it.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The document, fit to check in.</returns>
    public static async Task<WorkflowHistoryDocument> ExportAsync(IWorkflowClient client, string instanceId) =>
        WithoutStackTraces(await WorkflowHistoryDocument.ExportAsync(client, instanceId));

    /// <summary>Writes a document as the checked-in files are written: indented JSON and a final line break.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="document">The history.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static Task WriteAsync(string directory, string fileName, WorkflowHistoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(directory);
        return File.WriteAllTextAsync(Path.Combine(directory, fileName), document.ToJson() + "\n");
    }

    /// <summary>Selects the file names that are, or are not, divergent.</summary>
    /// <param name="fileNames">Every history's file name.</param>
    /// <param name="divergent">True for the histories that must not replay.</param>
    /// <returns>The theory data.</returns>
    public static TheoryData<string> FileNames(IEnumerable<string> fileNames, bool divergent)
    {
        TheoryData<string> data = [];
        foreach (string fileName in fileNames.Where(name => name.EndsWith(DivergentSuffix, StringComparison.Ordinal) == divergent))
        {
            data.Add(fileName);
        }

        return data;
    }

    /// <summary>Lists the history files present in <see cref="OutputDirectory"/>, in ordinal order.</summary>
    /// <returns>The file names.</returns>
    public static IReadOnlyList<string> PresentFileNames() =>
        [.. Directory.EnumerateFiles(OutputDirectory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

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
}
