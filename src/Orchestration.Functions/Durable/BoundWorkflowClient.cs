using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Orchestration.Abstractions;
using Orchestration.Api.Management;

namespace Orchestration.Functions.Durable;

/// <summary>
/// The client of a function's <c>[DurableClient]</c> binding: <see cref="DurableWorkflowClient"/>, plus the
/// management URLs the binding knows. Its payload carries the host's base URL, task hub and system key (code=), as
/// Durable Functions' own check-status responses do; the API builds the rest of its payload from it. A Durable Task
/// client that no binding made has no base URL, so it is never one of these.
/// </summary>
/// <param name="bound">The client the binding gave.</param>
/// <param name="registry">The registry, to refuse unknown workflows and invalid input before anything starts.</param>
internal sealed class BoundWorkflowClient(DurableTaskClient bound, WorkflowRegistry registry) : DurableWorkflowClient(bound, registry), IManagementUriSource
{
    public Uri GetStatusQueryUri(string instanceId) => new(Inner.CreateHttpManagementPayload(instanceId).StatusQueryGetUri!);
}
