using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;
using Orchestration.Api.Http;
using Orchestration.Api.Problems;

namespace Orchestration.Api.Management;

/// <summary>Durable Functions' purge routes: one finished run, or the finished runs of a time range.</summary>
public static class PurgeHandlers
{
    /// <summary>DELETE /instances/{id}: 200 <c>{"instancesDeleted":1}</c>; 404; 412 while the run has not finished.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The answer.</returns>
    public static Task<IResult> PurgeOneAsync(HttpContext context, IWorkflowClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        return WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowMetadata run = await client.GetRequiredInstanceAsync(instanceId, getInputsAndOutputs: false, context.RequestAborted);
            if (!run.RuntimeStatus.IsTerminal())
            {
                return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "run-not-finished", "Only a finished run can be purged",
                    $"Run '{instanceId}' is {run.RuntimeStatus}; terminate it first.");
            }

            int deleted = await client.PurgeInstanceAsync(instanceId, context.RequestAborted);
            return TypedResults.Ok(new PurgeResult(deleted));
        });
    }

    /// <summary>DELETE /instances?createdTimeFrom=[&amp;createdTimeTo=][&amp;runtimeStatus=]: 200 with the count; 400 without a start; 404 when none.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <returns>The answer.</returns>
    public static async Task<IResult> PurgeManyAsync(HttpContext context, IWorkflowClient client)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        QueryReader query = new(context.Request);
        DateTimeOffset? from = query.Time("createdTimeFrom");
        WorkflowQuery filter = new(from, query.Time("createdTimeTo"), query.Statuses("runtimeStatus"), PageSize: WorkflowQuery.MaxPageSize);
        if (query.Errors.Count > 0 || from is null)
        {
            return ApiProblems.InvalidInput("Invalid purge filter",
                from is null && query.Text("createdTimeFrom") is null ? [.. query.Errors, new("createdTimeFrom", "A start time is required.")] : query.Errors);
        }

        int deleted = 0;
        for (string? token = null; ;)
        {
            WorkflowPage page = await client.ListInstancesAsync(filter with { ContinuationToken = token }, context.RequestAborted);
            foreach (WorkflowMetadata run in page.Values.Where(r => r.RuntimeStatus.IsTerminal()))
            {
                deleted += await client.PurgeInstanceAsync(run.InstanceId, context.RequestAborted);
            }

            if ((token = page.ContinuationToken) is null)
            {
                break;
            }
        }

        return deleted == 0
            ? ApiProblems.Problem(StatusCodes.Status404NotFound, "nothing-purged", "No finished run matched", "No run was deleted.")
            : TypedResults.Ok(new PurgeResult(deleted));
    }
}

/// <summary>The body of a purge answer, as Durable Functions writes it.</summary>
/// <param name="InstancesDeleted">How many runs were deleted.</param>
public sealed record PurgeResult(int InstancesDeleted);
