namespace Orchestration.Abstractions;

/// <summary>
/// What a person or tool sees of a workflow before starting it: what it does, a valid sample input and the events
/// it waits for. Hosts list these in the web console and the API; the registry alone knows only names and types.
/// </summary>
/// <param name="Name">The registered workflow name.</param>
/// <param name="Summary">One sentence on what the workflow does.</param>
/// <param name="SampleInput">An input that passes validation, serialised with <see cref="WorkflowJson"/> rules.</param>
/// <param name="Events">The external events the workflow waits for.</param>
public sealed record WorkflowDescriptor(string Name, string Summary, object? SampleInput, IReadOnlyList<WorkflowEventDescriptor> Events);

/// <summary>An external event a workflow waits for.</summary>
/// <param name="Name">The event name to raise.</param>
/// <param name="Summary">Who sends it and when.</param>
/// <param name="SamplePayload">A payload the workflow accepts.</param>
public sealed record WorkflowEventDescriptor(string Name, string Summary, object? SamplePayload);
