using System.Globalization;
using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.LocalHost.Samples;

namespace Orchestration.LocalHost;

/// <summary>Prints a run's history as a timeline, then its result.</summary>
public static class ConsoleTimeline
{
    private static readonly JsonSerializerOptions Indented = new(WorkflowJson.Options) { WriteIndented = true };

    /// <summary>Writes the timeline and the result of <paramref name="run"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="run">The sample run.</param>
    public static void Print(TextWriter output, SampleRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        output.WriteLine();
        DateTime start = run.History.Count > 0 ? run.History.Min(entry => entry.Timestamp) : default;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"History of {run.Final.InstanceId} ({run.Final.Name}), {run.History.Count} events from {start:yyyy-MM-dd HH:mm:ss} UTC:"));
        output.WriteLine(Row("#", "time (UTC)", "+ms", "event", "task", "name / detail"));
        foreach (WorkflowHistoryEvent entry in run.History)
        {
            output.WriteLine(Row(
                entry.EventId.ToString(CultureInfo.InvariantCulture),
                entry.Timestamp.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture),
                ((long)(entry.Timestamp - start).TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
                entry.EventType.ToString(),
                entry.TaskId is { } taskId ? string.Create(CultureInfo.InvariantCulture, $"#{taskId}") : string.Empty,
                Detail(entry)));
        }

        output.WriteLine();
        output.WriteLine($"Status: {run.Final.RuntimeStatus}");
        output.WriteLine($"ERP posting gateway calls: {run.ErpPostingCalls} (timeouts retried by the workflow's retry policy)");
        output.WriteLine($"Replay of the exported history against the current code: {(run.Replay.Succeeded ? "identical decisions" : run.Replay.Divergence)}");
        output.WriteLine(run.Final.FailureDetails is { } failure ? $"Failure: {failure}" : $"Output:{Environment.NewLine}{Pretty(run.Final.SerializedOutput)}");
    }

    private static string Row(string id, string time, string elapsed, string type, string task, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"  {id,3}  {time,-12}  {elapsed,6}  {type,-34}  {task,-4}  {detail}");

    private static string Detail(WorkflowHistoryEvent entry) => entry.EventType switch
    {
        WorkflowHistoryEventType.TaskFailed or WorkflowHistoryEventType.SubOrchestrationInstanceFailed
            => $"{entry.Name} {entry.Failure}".Trim(),
        WorkflowHistoryEventType.TimerCreated or WorkflowHistoryEventType.TimerFired
            => string.Create(CultureInfo.InvariantCulture, $"fires at {entry.FireAt:yyyy-MM-dd HH:mm:ss.fff}"),
        WorkflowHistoryEventType.ExecutionCompleted => $"{entry.Status}",
        WorkflowHistoryEventType.ExecutionSuspended or WorkflowHistoryEventType.ExecutionResumed
            or WorkflowHistoryEventType.ExecutionTerminated => entry.Reason ?? string.Empty,
        _ => entry.Name ?? string.Empty,
    };

    private static string Pretty(string? json)
    {
        if (json is null)
        {
            return "(none)";
        }

        using JsonDocument document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }
}
