using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Abstractions;
using Orchestration.Api.Http;
using Orchestration.Api.Problems;
using Orchestration.Governance.Agents;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;
using Orchestration.Governance.Records;

namespace Orchestration.Api.Governance;

/// <summary>
/// The governance API under <c>/api/governance</c>: read the agent registry, the policy bundles and the kill switches;
/// flip a kill switch. The host puts every route behind the system key; a flip also names its actor
/// (<see cref="ActorHeader"/> or the authenticated user).
/// </summary>
public static class GovernanceHandlers
{
    /// <summary>The header that names who flips a kill switch when no user is authenticated.</summary>
    public const string ActorHeader = "x-actor";

    /// <summary><c>GET /api/governance/agents</c>: the registered agents, the activity bindings and the exempt activities.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The registry.</returns>
    public static IResult ListAgents(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Ok(GovernanceViews.Agents(context.RequestServices.GetRequiredService<AgentRegistry>()));
    }

    /// <summary><c>GET /api/governance/policies</c>: the active policy bundles with their rules, and every loaded version.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The bundles, each with its id, version and digest.</returns>
    public static IResult ListPolicies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Ok(GovernanceViews.Policies(context.RequestServices.GetRequiredService<PolicyBundleCatalog>()));
    }

    /// <summary><c>GET /api/governance/kill-switches</c>: the engaged switches and every change so far.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The switches.</returns>
    public static async Task<IResult> ListKillSwitchesAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IKillSwitchStore store = context.RequestServices.GetRequiredService<IKillSwitchStore>();
        return TypedResults.Ok(GovernanceViews.KillSwitches(
            await store.GetEngagedAsync(context.RequestAborted), await store.GetHistoryAsync(context.RequestAborted)));
    }

    /// <summary>
    /// <c>POST /api/governance/kill-switches</c>: engages or releases a switch (a <see cref="KillSwitchRequest"/>); an
    /// engage may suspend the running runs it covers, and the release resumes them.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="client">The runtime's client, which suspends and resumes the runs.</param>
    /// <returns>200 with the change, 400 naming each bad field, or 409 when the switch is not in the state to change.</returns>
    public static async Task<IResult> FlipKillSwitchAsync(HttpContext context, IWorkflowClient client)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(client);
        // Read with the same bound as every other body: at most 1 MiB is ever buffered.
        JsonBody body = await JsonBodyReader.ReadAsync(context.Request);
        if (body.IsTooLarge)
        {
            return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "body-too-large", "The body is too large",
                $"A kill switch request holds at most {JsonBodyReader.MaxBodyBytes} bytes.");
        }

        if (body.Error is { } malformed)
        {
            return NotARequest(malformed.Message);
        }

        KillSwitchRequest? request;
        try
        {
            request = body.Input?.Deserialize<KillSwitchRequest>(WorkflowJson.Options);
        }
        catch (JsonException error)
        {
            return NotARequest(error.Message);
        }

        string? actor = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : context.Request.Headers[ActorHeader].ToString();
        Dictionary<string, string[]> errors = KillSwitchRequestRules.Validate(request, actor, out KillSwitchScope scope);
        return errors.Count > 0 ? Invalid(errors) : await FlipAsync(context, client, request!, scope, actor!);
    }

    private static async Task<IResult> FlipAsync(HttpContext context, IWorkflowClient client, KillSwitchRequest request, KillSwitchScope scope, string actor)
    {
        IServiceProvider services = context.RequestServices;
        // The runs are suspended through the client of this request: the Functions host has none in its services.
        KillSwitchService switches = new(
            services.GetRequiredService<IKillSwitchStore>(), () => client, services.GetRequiredService<IGovernanceRecordSink>());
        try
        {
            KillSwitchChange change = request.Action == "engage"
                ? await switches.EngageAsync(scope, request.Target, actor, request.Reason!, request.SuspendRunning, context.RequestAborted)
                : await switches.ReleaseAsync(scope, request.Target, actor, request.Reason!, context.RequestAborted);
            return TypedResults.Ok(GovernanceViews.Change(change));
        }
        catch (InvalidOperationException conflict)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "kill-switch-unchanged", "Kill switch not changed", conflict.Message);
        }
    }

    private static ValidationProblem NotARequest(string why) =>
        Invalid(new(StringComparer.Ordinal) { ["body"] = [$"The body is not a kill switch request: {why}"] });

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors,
        title: "Invalid kill switch request",
        type: ApiProblems.TypePrefix + "invalid-input",
        detail: "No kill switch was changed. Fix the fields listed in 'errors' and send the request again.");
}
