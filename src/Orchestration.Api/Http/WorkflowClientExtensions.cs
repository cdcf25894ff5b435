using Orchestration.Abstractions;

namespace Orchestration.Api.Http;

/// <summary>Reads the handlers share.</summary>
internal static class WorkflowClientExtensions
{
    /// <summary>Reads a run, or throws the refusal that the handlers answer with 404.</summary>
    public static async Task<WorkflowMetadata> GetRequiredInstanceAsync(
        this IWorkflowClient client, string instanceId, bool getInputsAndOutputs, CancellationToken cancellation) =>
        await client.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation) ?? throw new WorkflowInstanceNotFoundException(instanceId);
}
