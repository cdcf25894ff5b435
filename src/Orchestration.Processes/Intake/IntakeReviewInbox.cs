using Orchestration.Processes.HumanTasks;

namespace Orchestration.Processes.Intake;

/// <summary>Where intake review requests reach accounts-payable clerks: once per run.</summary>
public sealed class IntakeReviewInbox : TaskInbox<IntakeReviewRequest>
{
    /// <inheritdoc/>
    protected override string DeliveryKey(IntakeReviewRequest request) => request.InstanceId;
}
