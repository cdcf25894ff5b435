using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;
using Orchestration.Api.Http;
using Orchestration.Api.Problems;

namespace Orchestration.Api.Runs;

/// <summary>Run views for people and tools: <c>GET /api/runs</c> and <c>GET /api/runs/{id}</c>.</summary>
public static class RunHandlers
{
    /// <summary>Lists runs, filtered by workflow, status and creation time, one page at a time.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <returns>A <see cref="RunPage"/>.</returns>
    public static async Task<IResult> ListAsync(HttpContext context, IWorkflowClient client)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        QueryReader query = new(context.Request);
        WorkflowQuery filter = new(
            CreatedFrom: query.Time("createdFrom"),
            CreatedTo: query.Time("createdTo"),
            Statuses: query.Statuses("status"),
            WorkflowName: query.Text("workflow"),
            InstanceIdPrefix: query.Text("instanceIdPrefix"),
            PageSize: query.Number("pageSize", 50, 1, WorkflowQuery.MaxPageSize),
            FetchInputsAndOutputs: true,
            ContinuationToken: query.Text("continuationToken"));
        if (query.Errors.Count > 0)
        {
            return ApiProblems.InvalidInput("Invalid query parameters", query.Errors);
        }

        return await WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowPage page = await client.ListInstancesAsync(filter, context.RequestAborted);
            return TypedResults.Ok(new RunPage([.. page.Values.Select(RunSummary.From)], page.ContinuationToken));
        });
    }

    /// <summary>Gets one run with its timeline.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>A run detail, or 404.</returns>
    public static Task<IResult> GetAsync(HttpContext context, IWorkflowClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        return WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowMetadata run = await client.GetRequiredInstanceAsync(instanceId, getInputsAndOutputs: true, context.RequestAborted);
            IReadOnlyList<WorkflowHistoryEvent> timeline = await client.GetHistoryAsync(instanceId, context.RequestAborted);
            return TypedResults.Ok(RunDetail.From(run, timeline));
        });
    }
}
