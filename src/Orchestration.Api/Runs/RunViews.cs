using System.Text.Json.Nodes;
using Orchestration.Abstractions;
using Orchestration.Api.Management;

namespace Orchestration.Api.Runs;

/// <summary>A page of runs for the console and tools.</summary>
/// <param name="Runs">The runs, newest first.</param>
/// <param name="ContinuationToken">Pass back to get the next page; null on the last.</param>
public sealed record RunPage(IReadOnlyList<RunSummary> Runs, string? ContinuationToken);

/// <summary>One run in a list.</summary>
/// <param name="InstanceId">The run's id.</param>
/// <param name="Name">The workflow.</param>
/// <param name="RuntimeStatus">Its status.</param>
/// <param name="CreatedTime">When it was created.</param>
/// <param name="LastUpdatedTime">When it last changed.</param>
/// <param name="CustomStatus">What the workflow says of its progress.</param>
public sealed record RunSummary(
    string InstanceId, string Name, WorkflowRuntimeStatus RuntimeStatus, DateTimeOffset CreatedTime, DateTimeOffset LastUpdatedTime, JsonNode? CustomStatus)
{
    /// <summary>Builds the summary of a run.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The summary.</returns>
    public static RunSummary From(WorkflowMetadata run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.InstanceId, run.Name, run.RuntimeStatus, run.CreatedAt, run.LastUpdatedAt, StatusPayload.Parse(run.SerializedCustomStatus));
    }
}

/// <summary>A run with everything a person needs to follow it: data, failure and the full timeline.</summary>
/// <param name="InstanceId">The run's id.</param>
/// <param name="Name">The workflow.</param>
/// <param name="RuntimeStatus">Its status.</param>
/// <param name="CreatedTime">When it was created.</param>
/// <param name="LastUpdatedTime">When it last changed.</param>
/// <param name="CustomStatus">What the workflow says of its progress.</param>
/// <param name="Input">The input.</param>
/// <param name="Output">The output; null when it failed.</param>
/// <param name="Failure">Why it failed, if it did.</param>
/// <param name="ParentInstanceId">The run that started it as a sub-workflow.</param>
/// <param name="Timeline">Every history event, in order.</param>
public sealed record RunDetail(
    string InstanceId,
    string Name,
    WorkflowRuntimeStatus RuntimeStatus,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    JsonNode? CustomStatus,
    JsonNode? Input,
    JsonNode? Output,
    WorkflowFailureDetails? Failure,
    string? ParentInstanceId,
    IReadOnlyList<WorkflowHistoryEvent> Timeline)
{
    /// <summary>Builds the detail of a run.</summary>
    /// <param name="run">The run, with inputs and outputs.</param>
    /// <param name="timeline">Its history.</param>
    /// <returns>The detail.</returns>
    public static RunDetail From(WorkflowMetadata run, IReadOnlyList<WorkflowHistoryEvent> timeline)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(
            run.InstanceId,
            run.Name,
            run.RuntimeStatus,
            run.CreatedAt,
            run.LastUpdatedAt,
            StatusPayload.Parse(run.SerializedCustomStatus),
            StatusPayload.Parse(run.SerializedInput),
            run.FailureDetails is null ? StatusPayload.Parse(run.SerializedOutput) : null,
            run.FailureDetails,
            run.ParentInstanceId,
            timeline);
    }
}
