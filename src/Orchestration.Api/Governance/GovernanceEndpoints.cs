using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orchestration.Api.Security;

namespace Orchestration.Api.Governance;

/// <summary>Maps the governance routes (<see cref="GovernanceHandlers"/>) under <c>/api/governance</c>, behind the system key.</summary>
public static class GovernanceEndpoints
{
    /// <summary>Maps the governance routes under <c>/api/governance</c>.</summary>
    /// <param name="routes">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapGovernanceEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        RouteGroupBuilder group = routes.MapGroup("/api/governance").RequireSystemKey().WithTags("Governance")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/agents", GovernanceHandlers.ListAgents)
            .WithName("ListAgents").WithSummary("Lists the registered agents, which activity each performs, and the exempt platform activities.");
        group.MapGet("/policies", GovernanceHandlers.ListPolicies)
            .WithName("ListPolicies").WithSummary("Lists the active policy bundles with their rules, and the id, version and digest of every loaded bundle.");
        // As a Delegate: a method group of HttpContext to Task would bind as a RequestDelegate and drop the result.
        group.MapGet("/kill-switches", (Delegate)GovernanceHandlers.ListKillSwitchesAsync)
            .WithName("ListKillSwitches").WithSummary("Lists the engaged kill switches and the history of changes.");
        group.MapPost("/kill-switches", GovernanceHandlers.FlipKillSwitchAsync)
            .WithName("FlipKillSwitch").WithSummary("Engages or releases a kill switch; the actor comes from x-actor or the signed-in user.")
            .Accepts<KillSwitchRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }
}
