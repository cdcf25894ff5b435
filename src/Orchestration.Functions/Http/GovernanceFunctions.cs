using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Orchestration.Abstractions;
using Orchestration.Api.Governance;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Http;

/// <summary>The governance routes, forwarded to <see cref="GovernanceHandlers"/>; a function or host key opens them.</summary>
/// <param name="registry">The workflows, for the client adapter that suspends and resumes runs.</param>
public sealed class GovernanceFunctions(WorkflowRegistry registry)
{
    /// <summary><c>GET /api/governance/agents</c>: the agent registry.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The agents and their bindings.</returns>
    [Function(nameof(ListAgents))]
    public static IActionResult ListAgents(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "governance/agents")] HttpRequest request) =>
        new ResultAction(GovernanceHandlers.ListAgents(request.HttpContext));

    /// <summary><c>GET /api/governance/policies</c>: the policy bundles.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The active bundles and every loaded version.</returns>
    [Function(nameof(ListPolicies))]
    public static IActionResult ListPolicies(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "governance/policies")] HttpRequest request) =>
        new ResultAction(GovernanceHandlers.ListPolicies(request.HttpContext));

    /// <summary><c>GET /api/governance/kill-switches</c>: the engaged switches and their history.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The switches.</returns>
    [Function(nameof(ListKillSwitches))]
    public static Task<IActionResult> ListKillSwitches(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "governance/kill-switches")] HttpRequest request) =>
        ResultAction.From(GovernanceHandlers.ListKillSwitchesAsync(request.HttpContext));

    /// <summary><c>POST /api/governance/kill-switches</c>: engages or releases a switch.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The Durable Functions client, which suspends and resumes the runs a switch covers.</param>
    /// <returns>The change, or problem details.</returns>
    [Function(nameof(FlipKillSwitch))]
    public Task<IActionResult> FlipKillSwitch(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "governance/kill-switches")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(GovernanceHandlers.FlipKillSwitchAsync(request.HttpContext, new BoundWorkflowClient(client, registry)));
}
