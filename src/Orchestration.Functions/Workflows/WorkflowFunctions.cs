using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Workflows;

/// <summary>
/// The one orchestrator function and the one activity function that every registered workflow and activity runs
/// through. Their metadata are templates: <see cref="RegistryFunctionMetadataTransformer"/> gives the Functions host one
/// function per registry name, each entering here, so a new workflow or activity needs no function of its own. The
/// name a function is invoked under is the workflow's (the orchestration context's) or the activity's.
/// </summary>
/// <param name="registry">The workflows and activities, as the local server registers them.</param>
public sealed class WorkflowFunctions(WorkflowRegistry registry)
{
    /// <summary>Runs the workflow the orchestration is named after.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <returns>The run's output, as JSON.</returns>
    [Function(nameof(RunWorkflow))]
    public Task<JsonElement> RunWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) => RunWorkflowAsync(registry, context);

    /// <summary>Runs the activity the function is named after, through the registry's filters (governance).</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation; its function name is the activity's registered name.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(RunActivity))]
    public Task<JsonElement> RunActivity([ActivityTrigger] JsonElement input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WorkflowFunctionRunner.RunActivityAsync(
            registry,
            WorkflowFunctionRunner.CreateActivityContext(context.FunctionDefinition.Name, context.BindingContext.BindingData, context.CancellationToken),
            input);
    }

    /// <summary>
    /// What the orchestrator function does, for every host of the Durable Task SDK (the Functions worker, the test
    /// hosts and the history replays of the tests): the registry's workflow over <see cref="DurableWorkflowContext"/>.
    /// </summary>
    /// <param name="registry">The registered workflows.</param>
    /// <param name="context">The orchestration context.</param>
    /// <returns>The run's output, as JSON.</returns>
    public static async Task<JsonElement> RunWorkflowAsync(WorkflowRegistry registry, TaskOrchestrationContext context)
    {
        DurableWorkflowContext workflow = new(context);
        try
        {
            return await WorkflowFunctionRunner.RunWorkflowAsync(registry, workflow, workflow.Input);
        }
        catch (Exception thrown) when (DurableFailures.ToOrchestrationFailure(thrown) is var failure && failure != thrown)
        {
            throw failure;
        }
    }
}
