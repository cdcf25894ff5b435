using System.Globalization;
using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Workflows;

/// <summary>
/// What the Functions app's orchestrator and activity functions forward to: the registry's workflow or activity, run
/// as the embedded engine runs it (strict input, activity filters), with payloads as <see cref="JsonElement"/>.
/// </summary>
public static class WorkflowFunctionRunner
{
    /// <summary>The binding-data key under which Durable Functions passes an activity's orchestration instance id.</summary>
    public const string InstanceIdBindingKey = "instanceId";

    /// <summary>Runs the workflow registered under <see cref="IWorkflowContext.Name"/>.</summary>
    /// <param name="registry">The registered workflows.</param>
    /// <param name="context">The durable context, adapted to the seam.</param>
    /// <param name="input">The run's input.</param>
    /// <returns>The output, as a JSON element.</returns>
    /// <exception cref="UnknownWorkflowException">No workflow of that name is registered.</exception>
    /// <exception cref="InvalidWorkflowInputException">The input does not fit the workflow's input type.</exception>
    public static async Task<JsonElement> RunWorkflowAsync(WorkflowRegistry registry, IWorkflowContext context, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(context);

        // WARNING: this runs on the orchestrator's thread. Everything before the first context call must stay
        // synchronous, or Durable Functions reports an illegal await.
        // Full check, not ResolveRecorded: Durable Functions' own start route can start a run without our starters' check.
        (IWorkflow workflow, object? typedInput) = WorkflowInputReader.Resolve(registry, context.Name, DurablePayload.ToJson(input));
        object? output = await workflow.RunAsync(context, typedInput);
        return DurablePayload.ToElement(output);
    }

    /// <summary>Runs an activity through the registry's filters, as the embedded engine's workers do.</summary>
    /// <param name="registry">The registered activities and filters.</param>
    /// <param name="context">Which activity, for which run.</param>
    /// <param name="input">The activity's input.</param>
    /// <returns>The result, as a JSON element.</returns>
    /// <exception cref="InvalidOperationException">No such activity, or its input does not fit its input type.</exception>
    public static async Task<JsonElement> RunActivityAsync(WorkflowRegistry registry, WorkflowActivityContext context, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(context);
        if (!registry.TryCreateActivity(context.Name, out IWorkflowActivity? activity))
        {
            throw new InvalidOperationException($"No activity named '{context.Name}' is registered.");
        }

        object? typedInput = ReadActivityInput(context.Name, activity!.InputType, input);
        object? output = await registry.DispatchActivityAsync(activity, context, typedInput);
        return DurablePayload.ToElement(output);
    }

    /// <summary>Builds an activity's context from what the Functions worker hands an activity function.</summary>
    /// <param name="functionName">The function's name, which is the activity's registered name.</param>
    /// <param name="bindingData">The invocation's binding data; Durable Functions puts the instance id there.</param>
    /// <param name="cancellation">The invocation's cancellation token.</param>
    /// <returns>The activity context.</returns>
    public static WorkflowActivityContext CreateActivityContext(
        string functionName, IReadOnlyDictionary<string, object?> bindingData, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        ArgumentNullException.ThrowIfNull(bindingData);
        string instanceId = bindingData.TryGetValue(InstanceIdBindingKey, out object? value)
            ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty
            : string.Empty;
        return new WorkflowActivityContext(functionName, instanceId, cancellation);
    }

    private static object? ReadActivityInput(string name, Type inputType, JsonElement input)
    {
        try
        {
            return DurablePayload.Read(input, inputType);
        }
        catch (JsonException invalid)
        {
            throw new InvalidOperationException($"The input of activity '{name}' could not be read as {inputType.Name}.", invalid);
        }
    }
}
