using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Orchestration.Abstractions;
using Orchestration.Api.Security;
using Orchestration.Governance.Agents;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;

namespace Orchestration.Api.Governance;

/// <summary>
/// The governance API: read the agent registry, the active policy bundles and the kill switches; flip a kill switch.
/// Every route needs the system key; a flip also names its actor (<c>x-actor</c> or the authenticated user).
/// </summary>
public static class GovernanceEndpoints
{
    /// <summary>The header that names who flips a kill switch when no user is authenticated.</summary>
    public const string ActorHeader = "x-actor";

    /// <summary>Maps the governance routes under <c>/api/governance</c>.</summary>
    /// <param name="routes">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapGovernanceEndpoints(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/governance").RequireSystemKey();
        group.MapGet("/agents", (AgentRegistry registry) => TypedResults.Ok(GovernanceViews.Agents(registry)));
        group.MapGet("/policies", (PolicyBundleCatalog catalog) => TypedResults.Ok(GovernanceViews.Policies(catalog)));
        group.MapGet("/kill-switches", async (KillSwitchService service, CancellationToken cancellation) =>
            TypedResults.Ok(GovernanceViews.KillSwitches(
                await service.Store.GetEngagedAsync(cancellation), await service.Store.GetHistoryAsync(cancellation))));
        group.MapPost("/kill-switches", FlipAsync);
        return routes;
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult, ValidationProblem>> FlipAsync(
        HttpContext context, KillSwitchService service, CancellationToken cancellation)
    {
        KillSwitchRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<KillSwitchRequest>(context.Request.Body, WorkflowJson.Options, cancellation);
        }
        catch (JsonException error)
        {
            return Invalid("body", $"The body is not a kill switch request: {error.Message}");
        }

        string? actor = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : context.Request.Headers[ActorHeader].ToString();
        Dictionary<string, string[]> errors = KillSwitchRequestRules.Validate(request, actor, out KillSwitchScope scope);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid kill switch request");
        }

        try
        {
            KillSwitchChange change = request!.Action == "engage"
                ? await service.EngageAsync(scope, request.Target, actor!, request.Reason!, request.SuspendRunning, cancellation)
                : await service.ReleaseAsync(scope, request.Target, actor!, request.Reason!, cancellation);
            return TypedResults.Ok<object>(GovernanceViews.Change(change));
        }
        catch (InvalidOperationException conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Kill switch not changed", detail: conflict.Message);
        }
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid kill switch request");
}
