using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Abstractions;
using Orchestration.Api.Http;
using Orchestration.Api.Management;
using Orchestration.Api.Problems;
using Orchestration.Api.Security;

namespace Orchestration.Api.Starters;

/// <summary>
/// HTTP starters: <c>POST /api/workflows/{name}[/{instanceId}]</c>. Checked in this order, each refusal leaving
/// nothing started: key (401), workflow (400), body (400/413), input fields (400), gates such as the kill switch
/// (409), instance id taken (409, or the same 202 for an idempotent retry).
/// </summary>
public static class StarterHandlers
{
    /// <summary>Starts a run.</summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="name">The workflow name.</param>
    /// <param name="instanceId">The caller's instance id, if any.</param>
    /// <returns>202 with the management payload, or problem details.</returns>
    public static async Task<IResult> StartAsync(HttpContext context, IWorkflowClient client, string name, string? instanceId = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        if (!context.RequestServices.GetRequiredService<ApiKeys>().AllowsStart(context, name))
        {
            return ApiProblems.MissingKey();
        }

        WorkflowRegistry registry = context.RequestServices.GetRequiredService<WorkflowRegistry>();
        if (!registry.TryCreateWorkflow(name, out _))
        {
            return ApiProblems.UnknownWorkflow(name, registry.WorkflowNames);
        }

        JsonBody body = await JsonBodyReader.ReadAsync(context.Request);
        if (body.IsTooLarge)
        {
            return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "body-too-large", "The input is too large",
                $"A starter accepts at most {JsonBodyReader.MaxBodyBytes} bytes; put large documents in storage and pass a reference.");
        }

        if (body.Error is { } malformed)
        {
            return ApiProblems.InvalidInput("The body is not valid JSON", [malformed]);
        }

        return await StartCheckedAsync(context, client, registry, name, instanceId, body.Input);
    }

    private static async Task<IResult> StartCheckedAsync(
        HttpContext context, IWorkflowClient client, WorkflowRegistry registry, string name, string? instanceId, JsonElement? input)
    {
        string? json = input?.GetRawText();
        try
        {
            _ = WorkflowInputReader.Resolve(registry, name, json);
        }
        catch (InvalidWorkflowInputException invalid)
        {
            return ApiProblems.InvalidInput($"The input does not fit workflow '{name}'", invalid.Errors);
        }

        if (await GateRefusalAsync(context, name) is { } refused)
        {
            return refused;
        }

        string? idempotencyKey = context.Request.Headers[IdempotencyKeys.HeaderName].FirstOrDefault();
        if (idempotencyKey is { Length: 0 or > IdempotencyKeys.MaxKeyLength })
        {
            return ApiProblems.BadArgument($"The {IdempotencyKeys.HeaderName} header must hold 1 to {IdempotencyKeys.MaxKeyLength} characters.");
        }

        string id = instanceId ?? (idempotencyKey is null ? Guid.NewGuid().ToString("N") : IdempotencyKeys.InstanceIdFor(name, idempotencyKey));
        return await ScheduleAsync(context, client, name, id, input, replayAllowed: idempotencyKey is not null);
    }

    private static async Task<IResult> ScheduleAsync(
        HttpContext context, IWorkflowClient client, string name, string id, JsonElement? input, bool replayAllowed)
    {
        try
        {
            await client.ScheduleNewWorkflowAsync(name, input, new StartWorkflowOptions(id), context.RequestAborted);
            return Accepted(context, client, id, replayed: false);
        }
        catch (WorkflowInstanceExistsException exists) when (replayAllowed)
        {
            WorkflowMetadata? existing = await client.GetInstanceAsync(id, getInputsAndOutputs: true, context.RequestAborted);
            bool sameRequest = existing is not null && string.Equals(existing.Name, name, StringComparison.OrdinalIgnoreCase)
                && JsonNode.DeepEquals(StatusPayload.Parse(existing.SerializedInput), StatusPayload.Parse(input?.GetRawText()));
            return sameRequest
                ? Accepted(context, client, id, replayed: true)
                : ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency key reused",
                    $"Run '{exists.InstanceId}' was started with this {IdempotencyKeys.HeaderName} and a different workflow or input; nothing new was started.");
        }
        catch (WorkflowInstanceExistsException exists)
        {
            return ApiProblems.RunExists(exists);
        }
        catch (ArgumentException invalidId)
        {
            return ApiProblems.BadArgument(invalidId.Message);
        }
    }

    private static async Task<IResult?> GateRefusalAsync(HttpContext context, string name)
    {
        foreach (IWorkflowStartGate gate in context.RequestServices.GetServices<IWorkflowStartGate>())
        {
            if (await gate.CheckAsync(name, context.RequestAborted) is { } refusal)
            {
                return ApiProblems.Problem(StatusCodes.Status409Conflict, refusal.Code, "The workflow may not start now", refusal.Reason);
            }
        }

        return null;
    }

    private static Accepted<ManagementPayload> Accepted(HttpContext context, IWorkflowClient client, string id, bool replayed)
    {
        ManagementPayload payload = ManagementUris.For(context, client, id);
        context.Response.Headers.RetryAfter = "10";
        if (replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Accepted(payload.StatusQueryGetUri, payload);
    }
}
