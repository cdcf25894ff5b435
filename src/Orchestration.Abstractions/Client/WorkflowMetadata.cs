using System.Text.Json;

namespace Orchestration.Abstractions;

/// <summary>A run's state as a client sees it. Mirrors Durable Functions' <c>OrchestrationMetadata</c>.</summary>
/// <param name="Name">The workflow name.</param>
/// <param name="InstanceId">The run's instance id.</param>
public sealed record WorkflowMetadata(string Name, string InstanceId)
{
    /// <summary>Gets the run's status.</summary>
    public WorkflowRuntimeStatus RuntimeStatus { get; init; }

    /// <summary>Gets when the run was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the run last changed.</summary>
    public DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>Gets the input as JSON; null unless fetched with inputs and outputs.</summary>
    public string? SerializedInput { get; init; }

    /// <summary>Gets the output as JSON (for a terminated run, the reason); null unless fetched with inputs and outputs.</summary>
    public string? SerializedOutput { get; init; }

    /// <summary>Gets the custom status as JSON; null unless fetched with inputs and outputs.</summary>
    public string? SerializedCustomStatus { get; init; }

    /// <summary>Gets the failure, for a failed run.</summary>
    public WorkflowFailureDetails? FailureDetails { get; init; }

    /// <summary>Gets the parent's instance id, for a sub-workflow.</summary>
    public string? ParentInstanceId { get; init; }

    /// <summary>Gets a value indicating whether the run is executing or waiting.</summary>
    public bool IsRunning => RuntimeStatus == WorkflowRuntimeStatus.Running;

    /// <summary>Gets a value indicating whether the run has finished (completed, failed or terminated).</summary>
    public bool IsCompleted => RuntimeStatus.IsTerminal();

    /// <summary>Reads the input.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <returns>The input, or default when there is none.</returns>
    public T? ReadInputAs<T>() => Read<T>(SerializedInput);

    /// <summary>Reads the output.</summary>
    /// <typeparam name="T">The output type.</typeparam>
    /// <returns>The output, or default when there is none.</returns>
    public T? ReadOutputAs<T>() => Read<T>(SerializedOutput);

    /// <summary>Reads the custom status.</summary>
    /// <typeparam name="T">The custom status type.</typeparam>
    /// <returns>The custom status, or default when there is none.</returns>
    public T? ReadCustomStatusAs<T>() => Read<T>(SerializedCustomStatus);

    private static T? Read<T>(string? json) =>
        json is null ? default : JsonSerializer.Deserialize<T>(json, WorkflowJson.Options);
}
