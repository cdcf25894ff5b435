using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orchestration.Api.Catalog;
using Orchestration.Api.Console;
using Orchestration.Api.Evidence;
using Orchestration.Api.Governance;
using Orchestration.Api.Management;
using Orchestration.Api.Runs;
using Orchestration.Api.Security;
using Orchestration.Api.Starters;

namespace Orchestration.Api.Hosting;

/// <summary>Maps the whole API; the local host calls this, the Functions app forwards to the same handlers.</summary>
public static class OrchestrationEndpointExtensions
{
    /// <summary>Maps starters, management routes, run views, the console, evidence, governance and the OpenAPI document.</summary>
    /// <param name="routes">The app.</param>
    /// <returns>The app.</returns>
    public static IEndpointRouteBuilder MapOrchestrationApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        RouteGroupBuilder api = routes.MapGroup("/api").WithTags("Workflows");
        api.MapPost("/workflows/{name}/{instanceId?}", StarterHandlers.StartAsync)
            .WithName("StartWorkflow").WithSummary("Starts a run; the key may be the workflow's starter key.");
        api.MapGet("/workflows", WorkflowCatalogHandlers.List).RequireSystemKey()
            .WithName("ListWorkflows").WithSummary("Lists the workflows that can be started, with sample inputs and events.");
        api.MapGet("/runs", RunHandlers.ListAsync).RequireSystemKey().WithTags("Runs")
            .WithName("ListRuns").WithSummary("Lists runs by workflow, status and creation time, one page at a time.");
        api.MapGet("/runs/{instanceId}", RunHandlers.GetAsync).RequireSystemKey().WithTags("Runs")
            .WithName("GetRun").WithSummary("Gets a run with its status, data and timeline.");
        routes.MapManagementApi();
        routes.MapGovernanceEndpoints();
        routes.MapEvidenceEndpoints();
        routes.MapConsoleEndpoints();
        routes.MapOpenApi("/openapi/{documentName}.json");
        return routes;
    }

    private static void MapManagementApi(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder management = routes.MapGroup(ManagementUris.BasePath).RequireSystemKey().WithTags("Durable Functions management");
        management.MapPost("/orchestrators/{name}/{instanceId?}", StarterHandlers.StartAsync).WithName("StartOrchestration");
        management.MapGet("/instances", ManagementHandlers.ListAsync).WithName("ListInstances");
        management.MapGet("/instances/{instanceId}", ManagementHandlers.GetStatusAsync).WithName("GetInstanceStatus");
        management.MapDelete("/instances", PurgeHandlers.PurgeManyAsync).WithName("PurgeInstances");
        management.MapDelete("/instances/{instanceId}", PurgeHandlers.PurgeOneAsync).WithName("PurgeInstance");
        management.MapPost("/instances/{instanceId}/raiseEvent/{eventName}", InstanceOperationHandlers.RaiseEventAsync).WithName("RaiseEvent");
        management.MapPost("/instances/{instanceId}/terminate", InstanceOperationHandlers.TerminateAsync).WithName("TerminateInstance");
        management.MapPost("/instances/{instanceId}/suspend", InstanceOperationHandlers.SuspendAsync).WithName("SuspendInstance");
        management.MapPost("/instances/{instanceId}/resume", InstanceOperationHandlers.ResumeAsync).WithName("ResumeInstance");
        management.MapPost("/instances/{instanceId}/restart", InstanceOperationHandlers.RestartAsync).WithName("RestartInstance");
        management.MapPost("/instances/{instanceId}/rewind", InstanceOperationHandlers.RewindAsync).WithName("RewindInstance");
    }
}
