using Microsoft.Extensions.Logging;

namespace Orchestration.Processes;

/// <summary>The processes' log messages, in one place.</summary>
internal static partial class Logs
{
    [LoggerMessage(1, LogLevel.Information, "Invoice {InvoiceNumber} received: {Amount} {Currency} against {PurchaseOrder}")]
    public static partial void InvoiceReceived(ILogger logger, string invoiceNumber, decimal amount, string currency, string purchaseOrder);

    [LoggerMessage(3, LogLevel.Warning, "Invoice {InvoiceNumber} refused: {Reasons}")]
    public static partial void InvoiceRefused(ILogger logger, string invoiceNumber, string reasons);

    [LoggerMessage(4, LogLevel.Information, "Approval requested for invoice {InvoiceNumber} ({Amount} {Currency})")]
    public static partial void ApprovalRequested(ILogger logger, string invoiceNumber, decimal amount, string currency);

    [LoggerMessage(5, LogLevel.Information, "Approver {Approver} answered for invoice {InvoiceNumber}: approved={Approved}")]
    public static partial void ApprovalAnswered(ILogger logger, string approver, string invoiceNumber, bool approved);

    [LoggerMessage(6, LogLevel.Warning, "No approval for invoice {InvoiceNumber} within {Timeout}: rejected")]
    public static partial void ApprovalTimedOut(ILogger logger, string invoiceNumber, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Warning, "ERP posting of invoice {InvoiceNumber} failed (call {Call}): {Reason}")]
    public static partial void ErpPostingFailed(ILogger logger, string invoiceNumber, int call, string reason);

    [LoggerMessage(8, LogLevel.Information, "Invoice {InvoiceNumber} posted as ERP document {DocumentNumber}")]
    public static partial void InvoicePosted(ILogger logger, string invoiceNumber, string documentNumber);

    [LoggerMessage(9, LogLevel.Error, "A {RecordType} governance record could not be written to the ledger")]
    public static partial void GovernanceRecordNotWritten(ILogger logger, string recordType, Exception error);

    [LoggerMessage(40, LogLevel.Information, "Document {DocumentId} received from {ReceivedFrom}")]
    public static partial void DocumentReceived(ILogger logger, string documentId, string receivedFrom);

    [LoggerMessage(41, LogLevel.Information, "Agent {AgentId} {Implementation} on document {DocumentId}: {Result}")]
    public static partial void AgentAnswered(ILogger logger, string agentId, string implementation, string documentId, string result);

    [LoggerMessage(42, LogLevel.Information, "Review of document {DocumentId} requested from {Role}")]
    public static partial void IntakeReviewRequested(ILogger logger, string documentId, string role);

    [LoggerMessage(43, LogLevel.Information, "Document {DocumentId} ended {Status}: {Reasons}")]
    public static partial void IntakeEnded(ILogger logger, string documentId, string status, string reasons);
}
