using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;
using Orchestration.Api.Http;
using Orchestration.Api.Problems;

namespace Orchestration.Api.Management;

/// <summary>
/// Durable Functions' management API (<c>/runtime/webhooks/durabletask</c>) over the seam's client, with the host's
/// status codes and field names. In Azure the Durable Functions extension serves these routes itself.
/// </summary>
public static class ManagementHandlers
{
    /// <summary>GET /instances/{id}: 200 when finished, 202 with Location while it runs, 404 when unknown.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The status object.</returns>
    public static Task<IResult> GetStatusAsync(HttpContext context, IWorkflowClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        QueryReader query = new(context.Request);
        bool showHistory = query.Flag("showHistory", false);
        bool showHistoryOutput = query.Flag("showHistoryOutput", false);
        bool showInput = query.Flag("showInput", true);
        bool serverErrorOnFailure = query.Flag("returnInternalServerErrorOnFailure", false);
        if (query.Errors.Count > 0)
        {
            return Task.FromResult(ApiProblems.InvalidInput("Invalid query parameters", query.Errors));
        }

        return WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowMetadata run = await client.GetRequiredInstanceAsync(instanceId, getInputsAndOutputs: true, context.RequestAborted);
            StatusPayload payload = StatusPayload.From(run, showInput);
            if (showHistory)
            {
                IReadOnlyList<WorkflowHistoryEvent> history = await client.GetHistoryAsync(instanceId, context.RequestAborted);
                payload = payload with { HistoryEvents = HistoryPayload.From(history, showInput, showHistoryOutput) };
            }

            return StatusResult(context, run.RuntimeStatus, payload, serverErrorOnFailure);
        });
    }

    /// <summary>GET /instances: one page of status objects; the next page's token in <c>x-ms-continuation-token</c>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <returns>A JSON array.</returns>
    public static async Task<IResult> ListAsync(HttpContext context, IWorkflowClient client)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        QueryReader query = new(context.Request);
        bool showInput = query.Flag("showInput", true);
        WorkflowQuery filter = new(
            CreatedFrom: query.Time("createdTimeFrom"),
            CreatedTo: query.Time("createdTimeTo"),
            Statuses: query.Statuses("runtimeStatus"),
            InstanceIdPrefix: query.Text("instanceIdPrefix"),
            PageSize: query.Number("top", WorkflowQuery.DefaultPageSize, 1, WorkflowQuery.MaxPageSize),
            FetchInputsAndOutputs: true,
            ContinuationToken: NullIfEmpty(context.Request.Headers[ContinuationHeader].FirstOrDefault()));
        if (query.Errors.Count > 0)
        {
            return ApiProblems.InvalidInput("Invalid query parameters", query.Errors);
        }

        return await WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowPage page = await client.ListInstancesAsync(filter, context.RequestAborted);
            if (page.ContinuationToken is { } next)
            {
                context.Response.Headers[ContinuationHeader] = next;
            }

            return TypedResults.Ok(page.Values.Select(run => StatusPayload.From(run, showInput)).ToList());
        });
    }

    /// <summary>The header that carries the list's continuation token, as in Durable Functions.</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    private static IResult StatusResult(HttpContext context, WorkflowRuntimeStatus status, StatusPayload payload, bool serverErrorOnFailure)
    {
        switch (status)
        {
            case WorkflowRuntimeStatus.Running or WorkflowRuntimeStatus.Pending or WorkflowRuntimeStatus.Suspended:
                context.Response.Headers.Location = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";
                context.Response.Headers.RetryAfter = "5";
                return TypedResults.Json(payload, statusCode: StatusCodes.Status202Accepted);
            case WorkflowRuntimeStatus.Failed when serverErrorOnFailure:
                return TypedResults.Json(payload, statusCode: StatusCodes.Status500InternalServerError);
            default:
                return TypedResults.Ok(payload);
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
