using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;
using Orchestration.Api.Http;
using Orchestration.Api.Problems;

namespace Orchestration.Api.Management;

/// <summary>Durable Functions' per-run operations: raise event, terminate, suspend, resume, restart, rewind.</summary>
public static class InstanceOperationHandlers
{
    /// <summary>POST /instances/{id}/raiseEvent/{eventName}: 202; 400 for a non-JSON body; 404; 410 when finished.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <param name="eventName">The event.</param>
    /// <returns>The answer.</returns>
    public static async Task<IResult> RaiseEventAsync(HttpContext context, IWorkflowClient client, string instanceId, string eventName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        if (!context.Request.HasJsonContentType())
        {
            return ApiProblems.BadArgument("An event's body must be JSON, sent with 'Content-Type: application/json'.");
        }

        JsonBody body = await JsonBodyReader.ReadAsync(context.Request);
        if (body.Error is { } malformed)
        {
            return ApiProblems.InvalidInput("The event payload is not valid JSON", [malformed]);
        }

        if (body.IsTooLarge)
        {
            return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "body-too-large", "The event payload is too large",
                $"An event payload may hold at most {JsonBodyReader.MaxBodyBytes} bytes.");
        }

        return await WorkflowExceptionResults.AnswerAsync(async () =>
        {
            await client.RaiseEventAsync(instanceId, eventName, body.Input, context.RequestAborted);
            return TypedResults.Accepted((string?)null);
        });
    }

    /// <summary>POST /instances/{id}/terminate?reason=: 202; 404; 410 when finished.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The answer.</returns>
    public static Task<IResult> TerminateAsync(HttpContext context, IWorkflowClient client, string instanceId) =>
        WithReasonAsync(context, client, instanceId, static (c, id, reason, ct) => c.TerminateInstanceAsync(id, reason, ct));

    /// <summary>POST /instances/{id}/suspend?reason=: 202; 404; 410 when finished.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The answer.</returns>
    public static Task<IResult> SuspendAsync(HttpContext context, IWorkflowClient client, string instanceId) =>
        WithReasonAsync(context, client, instanceId, static (c, id, reason, ct) => c.SuspendInstanceAsync(id, reason, ct));

    /// <summary>POST /instances/{id}/resume?reason=: 202; 404; 410 when finished.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The answer.</returns>
    public static Task<IResult> ResumeAsync(HttpContext context, IWorkflowClient client, string instanceId) =>
        WithReasonAsync(context, client, instanceId, static (c, id, reason, ct) => c.ResumeInstanceAsync(id, reason, ct));

    /// <summary>
    /// POST /instances/{id}/restart?restartWithNewInstanceId=: a new run with the same input, 202 with its payload.
    /// Reusing the id (<c>false</c>) would replace a finished run's history, which the ledger forbids: 409.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run to start again.</param>
    /// <returns>The answer.</returns>
    public static Task<IResult> RestartAsync(HttpContext context, IWorkflowClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        bool newId = !string.Equals(context.Request.Query["restartWithNewInstanceId"], "false", StringComparison.OrdinalIgnoreCase);
        return WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowMetadata? run = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, context.RequestAborted);
            if (run is null)
            {
                return ApiProblems.BadArgument($"No run has the instance id '{instanceId}'.");
            }

            if (!newId)
            {
                return ApiProblems.Problem(StatusCodes.Status409Conflict, "run-exists", "A run with this instance id exists",
                    $"Run '{instanceId}' keeps its history; restart it with restartWithNewInstanceId=true.");
            }

            using JsonDocument? input = run.SerializedInput is null ? null : JsonDocument.Parse(run.SerializedInput);
            string restarted = await client.ScheduleNewWorkflowAsync(run.Name, input?.RootElement, null, context.RequestAborted);
            ManagementPayload payload = ManagementUris.For(context, client, restarted);
            return TypedResults.Accepted(payload.StatusQueryGetUri, payload);
        });
    }

    /// <summary>POST /instances/{id}/rewind: 404; 412 unless the run failed; 501 since neither runtime here can rewind.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The answer.</returns>
    public static Task<IResult> RewindAsync(HttpContext context, IWorkflowClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        return WorkflowExceptionResults.AnswerAsync(async () =>
        {
            WorkflowMetadata run = await client.GetRequiredInstanceAsync(instanceId, getInputsAndOutputs: false, context.RequestAborted);
            return run.RuntimeStatus != WorkflowRuntimeStatus.Failed
                ? ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "run-not-failed", "Only a failed run can be rewound", $"Run '{instanceId}' is {run.RuntimeStatus}.")
                : ApiProblems.Problem(StatusCodes.Status501NotImplemented, "rewind-unsupported", "Rewind is not supported",
                    "Restart the run with restartWithNewInstanceId=true; its evidence stays with the failed run.");
        });
    }

    private static Task<IResult> WithReasonAsync(
        HttpContext context, IWorkflowClient client, string instanceId, Func<IWorkflowClient, string, string?, CancellationToken, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        string? reason = context.Request.Query["reason"].FirstOrDefault();
        return WorkflowExceptionResults.AnswerAsync(async () =>
        {
            await operation(client, instanceId, reason, context.RequestAborted);
            return TypedResults.Accepted((string?)null);
        });
    }
}
