using System.Text.Encodings.Web;
using System.Text.Json;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Replay;

/// <summary>An exported history: what the replayer reads and what golden history files hold.</summary>
/// <param name="WorkflowName">The workflow that produced it.</param>
/// <param name="InstanceId">The run.</param>
/// <param name="Events">The history events in order.</param>
public sealed record WorkflowHistoryDocument(string WorkflowName, string InstanceId, IReadOnlyList<WorkflowHistoryEvent> Events)
{
    // Relaxed escaping keeps quotes inside payloads readable in checked-in histories; the text is never put in HTML.
    private static readonly JsonSerializerOptions Indented = new(WorkflowJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Exports a run's history through a client.</summary>
    /// <param name="client">The client.</param>
    /// <param name="instanceId">The run.</param>
    /// <param name="cancellation">Cancels the export.</param>
    /// <returns>The document.</returns>
    public static async Task<WorkflowHistoryDocument> ExportAsync(
        IWorkflowClient client, string instanceId, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        WorkflowMetadata metadata = await client.GetInstanceAsync(instanceId, cancellation: cancellation)
            ?? throw new WorkflowInstanceNotFoundException(instanceId);
        IReadOnlyList<WorkflowHistoryEvent> events = await client.GetHistoryAsync(instanceId, cancellation);
        return new WorkflowHistoryDocument(metadata.Name, instanceId, events);
    }

    /// <summary>Reads a document from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not a history document.</exception>
    public static WorkflowHistoryDocument FromJson(string json) =>
        JsonSerializer.Deserialize<WorkflowHistoryDocument>(json, WorkflowJson.Options)
        ?? throw new JsonException("The history document is empty.");

    /// <summary>Writes the document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Indented);
}
