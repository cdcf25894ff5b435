namespace Orchestration.Agents.Models;

/// <summary>Where the model calls' OpenTelemetry GenAI spans and metrics are published.</summary>
public static class ModelTelemetry
{
    /// <summary>The <c>ActivitySource</c> and <c>Meter</c> name; add it to the host's tracer and meter providers.</summary>
    public const string SourceName = "Orchestration.Agents";
}
