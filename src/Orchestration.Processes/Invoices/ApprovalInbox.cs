using Orchestration.Processes.HumanTasks;

namespace Orchestration.Processes.Invoices;

/// <summary>Where invoice approval requests reach approvers: once per run and invoice.</summary>
public sealed class ApprovalInbox : TaskInbox<ApprovalRequest>
{
    /// <inheritdoc/>
    protected override string DeliveryKey(ApprovalRequest request) => $"{request.InstanceId}/{request.InvoiceNumber}";
}
