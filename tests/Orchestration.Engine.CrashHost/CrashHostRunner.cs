using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Engine.CrashHost;

/// <summary>Hosts the engine on one file: starts the crash runs (idempotently) and waits for all of them.</summary>
public static class CrashHostRunner
{
    /// <summary>Printed once the engine has opened the file and resumed earlier work.</summary>
    public const string EngineStartedLine = "engine-started";

    /// <summary>The first word of the log line each host process writes before it opens the engine.</summary>
    public const string HostStartedWord = "host-started";

    /// <summary>Printed when every crash run has completed.</summary>
    public const string AllCompletedLine = "ALL-COMPLETED";

    /// <summary>Runs the host.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="cancellation">Stops the host.</param>
    /// <returns>The exit code: 0 when every run completed (or the report was printed).</returns>
    public static async Task<int> RunAsync(CrashHostArguments arguments, TextWriter stdout, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(stdout);
        using AppendOnlyLog log = new(arguments.LogPath);
        log.AppendLine($"{HostStartedWord} {Environment.ProcessId}");
        using ILoggerFactory loggers = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddWorkflow<CrashWorkflow>()
            .AddWorkflow<CrashSubWorkflow>()
            .AddActivity(new CrashStepActivity(log, stdout));
        EmbeddedEngineOptions options = new() { DatabasePath = arguments.DatabasePath, LoggerFactory = loggers };
        await using EmbeddedWorkflowEngine engine = await EmbeddedWorkflowEngine.StartAsync(registry, options, cancellation);
        if (arguments.Report)
        {
            CrashReport report = await CrashReportReader.ReadAsync(engine.Client, cancellation);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, WorkflowJson.Options));
            return 0;
        }

        await WriteLineAsync(stdout, EngineStartedLine);
        await StartRunsAsync(engine.Client, arguments.Start, cancellation);
        return await WaitForAllAsync(engine.Client, stdout, cancellation);
    }

    private static async Task StartRunsAsync(IWorkflowClient client, int count, CancellationToken cancellation)
    {
        for (int i = 0; i < count; i++)
        {
            try
            {
                await client.ScheduleNewWorkflowAsync(
                    nameof(CrashWorkflow), new CrashInput(i * 1_000), new StartWorkflowOptions(CrashHostArguments.InstanceId(i)), cancellation);
            }
            catch (WorkflowInstanceExistsException)
            {
                // Started by an earlier process, which was killed: starting is idempotent.
            }
        }
    }

    private static async Task<int> WaitForAllAsync(IWorkflowClient client, TextWriter stdout, CancellationToken cancellation)
    {
        IReadOnlyList<WorkflowMetadata> runs = await CrashReportReader.ListAsync(client, nameof(CrashWorkflow), cancellation);
        WorkflowMetadata[] finished = await Task.WhenAll(
            runs.Select(run => client.WaitForInstanceCompletionAsync(run.InstanceId, getInputsAndOutputs: true, cancellation)));
        WorkflowMetadata[] notCompleted = [.. finished.Where(run => run.RuntimeStatus != WorkflowRuntimeStatus.Completed)];
        foreach (WorkflowMetadata run in notCompleted)
        {
            await WriteLineAsync(stdout, $"NOT-COMPLETED {run.InstanceId} {run.RuntimeStatus} {run.FailureDetails}");
        }

        if (notCompleted.Length > 0)
        {
            return 1;
        }

        await WriteLineAsync(stdout, AllCompletedLine);
        return 0;
    }

    private static async Task WriteLineAsync(TextWriter stdout, string line)
    {
        await stdout.WriteLineAsync(line);
        await stdout.FlushAsync();
    }
}
