using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Guardrails;

/// <summary>A model's output, either read into its expected shape or refused.</summary>
/// <typeparam name="T">The expected shape.</typeparam>
/// <param name="Value">The output, when valid.</param>
/// <param name="Refusal">Why it was refused, when invalid.</param>
public sealed record ModelOutput<T>(T? Value, GovernanceRefusal? Refusal)
{
    /// <summary>Gets a value indicating whether the output had its expected shape.</summary>
    public bool IsValid => Refusal is null;
}

/// <summary>
/// Validates a model's output against its expected shape: strict JSON (<see cref="WorkflowJson"/>: required members,
/// no unknown members, nullability) and the data annotations on the type (ranges, lengths). Nothing is repaired:
/// text around the JSON, a markdown fence, a missing field or an out-of-range value is a refusal, never a guess.
/// </summary>
public static class ModelOutputValidator
{
    /// <summary>Validates output text.</summary>
    /// <typeparam name="T">The expected shape.</typeparam>
    /// <param name="output">The model's raw output.</param>
    /// <param name="agentId">The agent that produced it, for the refusal.</param>
    /// <returns>The output or the refusal.</returns>
    public static ModelOutput<T> Validate<T>(string? output, string? agentId = null)
    {
        ModelOutput<T> Refuse(string problem) => new(default, new GovernanceRefusal(
            RefusalCodes.InvalidModelOutput, $"The model output is not a valid {typeof(T).Name}: {problem}", AgentId: agentId));

        if (string.IsNullOrWhiteSpace(output))
        {
            return Refuse("it is empty");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(output, WorkflowJson.Options);
        }
        catch (JsonException error)
        {
            return Refuse(error.Message);
        }

        if (value is null)
        {
            return Refuse("it is null");
        }

        List<ValidationResult> problems = [];
        return Validator.TryValidateObject(value, new ValidationContext(value), problems, validateAllProperties: true)
            ? new ModelOutput<T>(value, null)
            : Refuse(string.Join("; ", problems.Select(problem => problem.ErrorMessage)));
    }
}
