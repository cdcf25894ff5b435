using DurableTask.Core;

namespace Orchestration.Functions.TestKit.Sidecar;

/// <summary>Tells <see cref="CommittedRuns"/> each run state the backend has committed.</summary>
/// <param name="inner">The backend.</param>
/// <param name="runs">Where the committed states go.</param>
internal sealed class CommitRecordingOrchestrationService(IOrchestrationService inner, CommittedRuns runs) : OrchestrationServiceDecorator(inner)
{
    protected override void AfterCommit(OrchestrationRuntimeState state) => runs.Record(state);
}
