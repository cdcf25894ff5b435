using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;
using Orchestration.Functions.Durable;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;

namespace Orchestration.Functions.Workflows;

/// <summary>
/// One orchestrator function per registered workflow, each a forward to the registry's workflow code. The deployment
/// tests compare these names with the registry, so a workflow without a function here fails the build's tests.
/// </summary>
/// <param name="registry">The workflows, as the local server registers them.</param>
public sealed class WorkflowFunctions(WorkflowRegistry registry)
{
    /// <summary>Invoice to payment.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="input">The run's input, as JSON.</param>
    /// <returns>The run's output, as JSON.</returns>
    [Function(nameof(InvoiceApprovalWorkflow))]
    public Task<JsonElement> InvoiceApproval([OrchestrationTrigger] TaskOrchestrationContext context, JsonElement input) =>
        WorkflowFunctionRunner.RunWorkflowAsync(registry, new DurableWorkflowContext(context), input);

    /// <summary>Reference data refresh, started by its schedule.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="input">The run's input, as JSON.</param>
    /// <returns>The run's output, as JSON.</returns>
    [Function(nameof(ReferenceDataRefreshWorkflow))]
    public Task<JsonElement> ReferenceDataRefresh([OrchestrationTrigger] TaskOrchestrationContext context, JsonElement input) =>
        WorkflowFunctionRunner.RunWorkflowAsync(registry, new DurableWorkflowContext(context), input);
}
