using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;
using Orchestration.Functions.Schedules;

namespace Orchestration.Functions.Workflows;

/// <summary>
/// Turns the three template functions (<see cref="WorkflowFunctions.RunWorkflow"/>, <see cref="WorkflowFunctions.RunActivity"/>,
/// <see cref="ScheduleFunctions.RunSchedule"/>) into one function per registered workflow, activity and schedule, as
/// the worker reports its functions to the host. Each copy keeps the template's entry point and bindings, so the
/// host dispatches orchestrations and activities by their registered names and the worker runs them all through the
/// same code. A timer copy carries its schedule in force.
/// </summary>
/// <param name="registry">The registered workflows and activities.</param>
/// <param name="schedules">The scheduled workflows and their schedules in force.</param>
public sealed class RegistryFunctionMetadataTransformer(WorkflowRegistry registry, ScheduledWorkflows schedules) : IFunctionMetadataTransformer
{
    /// <inheritdoc/>
    public string Name => nameof(RegistryFunctionMetadataTransformer);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">
    /// A template is missing, a registered name is not a valid function name, or two functions would share a name.
    /// </exception>
    public void Transform(IList<IFunctionMetadata> original)
    {
        ArgumentNullException.ThrowIfNull(original);
        IFunctionMetadata workflow = Take(original, nameof(WorkflowFunctions.RunWorkflow));
        IFunctionMetadata activity = Take(original, nameof(WorkflowFunctions.RunActivity));
        IFunctionMetadata schedule = Take(original, nameof(ScheduleFunctions.RunSchedule));
        foreach (string name in registry.WorkflowNames.Order(StringComparer.Ordinal))
        {
            original.Add(Copy(workflow, name, static binding => binding));
        }

        foreach (string name in registry.ActivityNames.Order(StringComparer.Ordinal))
        {
            original.Add(Copy(activity, name, static binding => binding));
        }

        foreach (ScheduledWorkflow scheduled in schedules.All)
        {
            original.Add(Copy(schedule, RegistryFunctionNames.ForSchedule(scheduled.Schedule.WorkflowName), binding => WithSchedule(binding, scheduled.Cron.Expression)));
        }

        RefuseDuplicates(original);
    }

    private static IFunctionMetadata Take(IList<IFunctionMetadata> functions, string templateName)
    {
        IFunctionMetadata template = functions.SingleOrDefault(function => function.Name == templateName)
            ?? throw new InvalidOperationException($"The worker reported no '{templateName}' function to copy for the registry.");
        functions.Remove(template);
        return template;
    }

    private static DefaultFunctionMetadata Copy(IFunctionMetadata template, string name, Func<JsonObject, JsonObject> trigger)
    {
        if (!RegistryFunctionNames.IsValid(name))
        {
            throw new InvalidOperationException(
                $"'{name}' cannot be a function name: the Functions host takes a letter, then letters, digits, '_' or '-', at most 128.");
        }

        return new DefaultFunctionMetadata
        {
            Name = name,
            EntryPoint = template.EntryPoint,
            ScriptFile = template.ScriptFile,
            Language = template.Language,
            IsProxy = template.IsProxy,
            ManagedDependencyEnabled = template.ManagedDependencyEnabled,
            Retry = template.Retry,
            RawBindings = [.. (template.RawBindings ?? []).Select(raw => ForCopy(raw, trigger))],
        };
    }

    // The template's trigger could name its orchestration or activity; the copy must be dispatched by its own name.
    private static string ForCopy(string rawBinding, Func<JsonObject, JsonObject> trigger)
    {
        JsonObject binding = JsonNode.Parse(rawBinding)?.AsObject() ?? throw new InvalidOperationException($"A binding is not a JSON object: {rawBinding}");
        if (!IsTrigger(binding))
        {
            return rawBinding;
        }

        binding.Remove("orchestration");
        binding.Remove("activity");
        return trigger(binding).ToJsonString();
    }

    private static bool IsTrigger(JsonObject binding) =>
        binding["type"]?.GetValue<string>() is { } type && type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    private static JsonObject WithSchedule(JsonObject binding, string cron)
    {
        binding["schedule"] = cron;
        return binding;
    }

    private static void RefuseDuplicates(IList<IFunctionMetadata> functions)
    {
        string[] taken = [.. functions.GroupBy(function => function.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key!)];
        if (taken.Length > 0)
        {
            throw new InvalidOperationException($"Two functions would share a name (function names are case-insensitive): {string.Join(", ", taken)}.");
        }
    }
}
