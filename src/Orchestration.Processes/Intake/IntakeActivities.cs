using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Agents.Activities;
using Orchestration.Agents.Port;

namespace Orchestration.Processes.Intake;

/// <summary>Asks the <c>document-classifier</c> agent what kind of document a supplier sent.</summary>
public sealed class ClassifyDocumentActivity(IAgent<SupplierDocument, DocumentClassification> agent)
    : AgentActivity<SupplierDocument, DocumentClassification>(agent);

/// <summary>Asks the <c>invoice-extractor</c> agent for the invoice fields of a supplier document.</summary>
public sealed class ExtractInvoiceFieldsActivity(IAgent<SupplierDocument, ExtractedInvoice> agent)
    : AgentActivity<SupplierDocument, ExtractedInvoice>(agent);

/// <summary>Asks an accounts-payable clerk to review what the agents proposed; the answer comes back as an event.</summary>
public sealed class RequestIntakeReviewActivity(IntakeReviewInbox inbox, ILogger logger) : WorkflowActivity<IntakeReviewRequest, bool>
{
    public override Task<bool> RunAsync(WorkflowActivityContext context, IntakeReviewRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Logs.IntakeReviewRequested(logger, input.DocumentId, input.Role);
        return Task.FromResult(inbox.Deliver(input));
    }
}
