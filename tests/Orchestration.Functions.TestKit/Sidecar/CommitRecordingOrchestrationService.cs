using DurableTask.Core;

namespace Orchestration.Functions.TestKit.Sidecar;

/// <summary>Tells <see cref="CommittedRuns"/> each run state the backend has committed.</summary>
/// <param name="inner">The backend.</param>
/// <param name="runs">Where the committed states go.</param>
internal sealed class CommitRecordingOrchestrationService(IOrchestrationService inner, CommittedRuns runs) : OrchestrationServiceDecorator(inner)
{
    public override async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        await base.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
        runs.Record(newOrchestrationRuntimeState ?? workItem.OrchestrationRuntimeState);
    }
}
