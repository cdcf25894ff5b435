using System.Text.Json;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

/// <summary>Reads a workflow's input strictly: the same check refuses bad input at start and guards replay.</summary>
internal static class WorkflowInputReader
{
    public static object? Read(string workflowName, Type inputType, string? json)
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
