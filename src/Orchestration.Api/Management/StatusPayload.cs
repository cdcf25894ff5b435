using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Orchestration.Abstractions;

namespace Orchestration.Api.Management;

/// <summary>
/// A run's status in Durable Functions' shape: camelCase, times as <c>yyyy-MM-ddTHH:mm:ssZ</c>, input, output and
/// custom status as JSON values, history (when asked) in DTFx's PascalCase entries.
/// </summary>
public sealed record StatusPayload(
    string Name,
    string InstanceId,
    string RuntimeStatus,
    JsonNode? Input,
    JsonNode? CustomStatus,
    JsonNode? Output,
    string CreatedTime,
    string LastUpdatedTime)
{
    /// <summary>Gets the history, only when <c>showHistory=true</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JsonObject>? HistoryEvents { get; init; }

    /// <summary>Builds the payload of a run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="showInput">Include the input.</param>
    /// <returns>The payload.</returns>
    public static StatusPayload From(WorkflowMetadata run, bool showInput)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new StatusPayload(
            run.Name,
            run.InstanceId,
            run.RuntimeStatus.ToString(),
            showInput ? Parse(run.SerializedInput) : null,
            Parse(run.SerializedCustomStatus),
            run.FailureDetails is { } failure ? JsonValue.Create(failure.ToString()) : Parse(run.SerializedOutput),
            FormatTime(run.CreatedAt),
            FormatTime(run.LastUpdatedAt));
    }

    /// <summary>Formats a time as the Durable Functions host does (seconds, UTC, <c>Z</c>).</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("s", CultureInfo.InvariantCulture) + "Z";

    /// <summary>Parses stored JSON into a node; null stays null.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The node.</returns>
    public static JsonNode? Parse(string? json) =>
        json is null ? null : JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
}
