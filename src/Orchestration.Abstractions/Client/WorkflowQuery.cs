namespace Orchestration.Abstractions;

/// <summary>A filter over runs, read one page at a time. Mirrors Durable Functions' <c>OrchestrationQuery</c>.</summary>
/// <param name="CreatedFrom">Runs created at or after this time.</param>
/// <param name="CreatedTo">Runs created before this time.</param>
/// <param name="Statuses">Runs in any of these statuses; null for all.</param>
/// <param name="WorkflowName">Runs of this workflow (case-insensitive); null for all.</param>
/// <param name="InstanceIdPrefix">Runs whose instance id starts with this.</param>
/// <param name="PageSize">At most this many runs a page (1 to 1000).</param>
/// <param name="FetchInputsAndOutputs">Include inputs, outputs and custom status.</param>
/// <param name="ContinuationToken">The token from the previous page; null for the first.</param>
public sealed record WorkflowQuery(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IReadOnlyCollection<WorkflowRuntimeStatus>? Statuses = null,
    string? WorkflowName = null,
    string? InstanceIdPrefix = null,
    int PageSize = WorkflowQuery.DefaultPageSize,
    bool FetchInputsAndOutputs = false,
    string? ContinuationToken = null)
{
    /// <summary>The page size when none is given, as in Durable Functions.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page a query returns.</summary>
    public const int MaxPageSize = 1000;
}

/// <summary>One page of runs.</summary>
/// <param name="Values">The runs, newest first.</param>
/// <param name="ContinuationToken">Pass it back for the next page; null when there is none.</param>
public sealed record WorkflowPage(IReadOnlyList<WorkflowMetadata> Values, string? ContinuationToken);
