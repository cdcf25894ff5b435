using System.Text.Json;
namespace Orchestration.Abstractions;

/// <summary>
/// Reads a workflow's input strictly. At a start (HTTP starter, client, sub-workflow) every bad field is named, not
/// just the first. Where every start was checked so (the embedded engine), an executing run's recorded input is only
/// deserialized again under the same strict rules, since that runs at every episode.
/// </summary>
public static class WorkflowInputReader
{
    /// <summary>Finds the workflow and reads the input of a start, or throws the refusal naming every bad field.</summary>
    /// <param name="registry">The registered workflows.</param>
    /// <param name="workflowName">The workflow to start.</param>
    /// <param name="json">The input JSON; null for no input.</param>
    /// <returns>The workflow and its deserialized input.</returns>
    /// <exception cref="UnknownWorkflowException">No workflow of that name is registered.</exception>
    /// <exception cref="InvalidWorkflowInputException">The input does not fit the workflow's input type.</exception>
    public static (IWorkflow Workflow, object? Input) Resolve(WorkflowRegistry registry, string workflowName, string? json)
    {
        if (!registry.TryCreateWorkflow(workflowName, out IWorkflow? workflow))
        {
            throw new UnknownWorkflowException(workflowName);
        }

        return (workflow!, Read(workflowName, workflow!.InputType, json, nameEveryField: true));
    }

    /// <summary>
    /// Finds the workflow and reads the input a run recorded when it started. Still strict: input that no longer fits
    /// (the type changed since) is refused, with the first bad field.
    /// </summary>
    /// <param name="registry">The registered workflows.</param>
    /// <param name="workflowName">The run's workflow.</param>
    /// <param name="json">The recorded input JSON; null for no input.</param>
    /// <returns>The workflow and its deserialized input.</returns>
    /// <exception cref="UnknownWorkflowException">No workflow of that name is registered.</exception>
    /// <exception cref="InvalidWorkflowInputException">The input does not fit the workflow's input type.</exception>
    public static (IWorkflow Workflow, object? Input) ResolveRecorded(WorkflowRegistry registry, string workflowName, string? json)
    {
        if (!registry.TryCreateWorkflow(workflowName, out IWorkflow? workflow))
        {
            throw new UnknownWorkflowException(workflowName);
        }

        return (workflow!, Read(workflowName, workflow!.InputType, json, nameEveryField: false));
    }

    private static object? Read(string workflowName, Type inputType, string? json, bool nameEveryField)
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
            if (!nameEveryField)
            {
                return WorkflowJson.Deserialize(json, inputType);
            }

            using JsonDocument document = JsonDocument.Parse(json);
            IReadOnlyList<WorkflowInputError> errors = JsonShapeValidator.Validate(document.RootElement, inputType);
            return errors.Count > 0
                ? throw new InvalidWorkflowInputException(workflowName, errors)
                : document.RootElement.Deserialize(inputType, WorkflowJson.Options);
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
