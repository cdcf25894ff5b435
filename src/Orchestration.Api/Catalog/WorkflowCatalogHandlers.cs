using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Abstractions;
using Orchestration.Processes;

namespace Orchestration.Api.Catalog;

/// <summary><c>GET /api/workflows</c>: what can be started, with a valid sample input and the events each waits for.</summary>
public static class WorkflowCatalogHandlers
{
    /// <summary>
    /// Lists the registered workflows, described by the process catalog or by a <see cref="WorkflowDescriptor"/> in
    /// dependency injection; the others by name only.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>A <see cref="WorkflowCatalog"/>.</returns>
    public static IResult List(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        WorkflowRegistry registry = context.RequestServices.GetRequiredService<WorkflowRegistry>();
        Dictionary<string, WorkflowDescriptor> described = context.RequestServices.GetRequiredService<ProcessCatalog>().Workflows
            .Concat(context.RequestServices.GetServices<WorkflowDescriptor>())
            .ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        WorkflowDescriptor[] workflows = [.. registry.WorkflowNames
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(name => described.GetValueOrDefault(name) ?? new WorkflowDescriptor(name, string.Empty, null, []))];
        return TypedResults.Ok(new WorkflowCatalog(workflows));
    }
}

/// <summary>The startable workflows.</summary>
/// <param name="Workflows">Each workflow's description.</param>
public sealed record WorkflowCatalog(IReadOnlyList<WorkflowDescriptor> Workflows);
