using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Orchestration.Abstractions;
using Orchestration.Api.Catalog;
using Orchestration.Api.Runs;
using Orchestration.Api.Starters;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Http;

/// <summary>
/// The HTTP API, one function per handler of <c>Orchestration.Api</c>, each a forward with the bound Durable Functions
/// client as the handler's <see cref="IWorkflowClient"/>. Routes match the local server's (host.json's route prefix is
/// <c>api</c>). The Functions host checks keys: a function key opens one function, a host key every one (the local
/// server's system key). Durable Functions' own management routes are served by its extension, not forwarded here.
/// </summary>
/// <param name="registry">The workflows, for the client adapter's input checks.</param>
public sealed class ApiFunctions(WorkflowRegistry registry)
{
    /// <summary><c>POST /api/workflows/{name}[/{instanceId}]</c>: starts a run.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The Durable Functions client.</param>
    /// <param name="name">The workflow name.</param>
    /// <param name="instanceId">The caller's instance id, if any.</param>
    /// <returns>202 with the management payload, or problem details.</returns>
    [Function(nameof(StartWorkflow))]
    public Task<IActionResult> StartWorkflow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "workflows/{name}/{instanceId?}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string name,
        string? instanceId) =>
        ResultAction.From(StarterHandlers.StartAsync(request.HttpContext, Client(client), name, instanceId));

    /// <summary><c>GET /api/workflows</c>: the workflows that can be started.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The catalog.</returns>
    [Function(nameof(ListWorkflows))]
    public IActionResult ListWorkflows(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "workflows")] HttpRequest request) =>
        new ResultAction(WorkflowCatalogHandlers.List(request.HttpContext));

    /// <summary><c>GET /api/runs</c>: runs by workflow, status and creation time, one page at a time.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The Durable Functions client.</param>
    /// <returns>A page of runs.</returns>
    [Function(nameof(ListRuns))]
    public Task<IActionResult> ListRuns(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(RunHandlers.ListAsync(request.HttpContext, Client(client)));

    /// <summary><c>GET /api/runs/{instanceId}</c>: a run with its status, data and timeline.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The Durable Functions client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The run, or 404.</returns>
    [Function(nameof(GetRun))]
    public Task<IActionResult> GetRun(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs/{instanceId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId) =>
        ResultAction.From(RunHandlers.GetAsync(request.HttpContext, Client(client), instanceId));

    private BoundWorkflowClient Client(DurableTaskClient client) => new(client, registry);
}
