namespace Orchestration.Abstractions;

/// <summary>Options for starting a run. Mirrors Durable Functions' <c>StartOrchestrationOptions</c>.</summary>
/// <param name="InstanceId">A caller-chosen instance id; null generates one. A taken id starts nothing.</param>
public sealed record StartWorkflowOptions(string? InstanceId = null);
