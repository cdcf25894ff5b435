using System.Text.Json;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

/// <summary>Reads a workflow's input strictly: the same check refuses bad input at start and guards replay.</summary>
internal static class WorkflowInputReader
{
    /// <summary>Finds the workflow and reads its input, or throws the refusal a caller reports.</summary>
    /// <exception cref="UnknownWorkflowException">No workflow of that name is registered.</exception>
    /// <exception cref="InvalidWorkflowInputException">The input does not fit the workflow's input type.</exception>
    public static (IWorkflow Workflow, object? Input) Resolve(WorkflowRegistry registry, string workflowName, string? json)
    {
        if (!registry.TryCreateWorkflow(workflowName, out IWorkflow? workflow))
        {
            throw new UnknownWorkflowException(workflowName);
        }

        return (workflow!, Read(workflowName, workflow!.InputType, json));
    }

    private static object? Read(string workflowName, Type inputType, string? json)
    {
        bool nullAllowed = inputType == typeof(object) || Nullable.GetUnderlyingType(inputType) is not null;
        if (json is null || json == "null")
        {
            return nullAllowed
                ? null
                : throw new InvalidWorkflowInputException(workflowName, [new WorkflowInputError("$", $"An input of type {inputType.Name} is required.")]);
        }

        try
        {
            return WorkflowJson.Deserialize(json, inputType);
        }
        catch (JsonException invalid)
        {
            string path = string.IsNullOrEmpty(invalid.Path) ? "$" : invalid.Path;
            throw new InvalidWorkflowInputException(workflowName, [new WorkflowInputError(path, FirstSentence(invalid.Message))]);
        }
    }

    // System.Text.Json appends "Path: … | LineNumber: …" to its messages; the path is reported separately.
    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
