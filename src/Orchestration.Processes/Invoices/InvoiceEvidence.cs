using Orchestration.Abstractions;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Records;
using Orchestration.Governance.Policies;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// The invoice run's ledger: one method per decision the workflow makes, each one record (or two) through the
/// run's <see cref="EvidenceRecorder"/>. Pure like the recorder: the workflow calls it in a deterministic order.
/// </summary>
/// <remarks>
/// Digests are taken over the workflow JSON of a value (what the activities and the approver receive), not over
/// the ledger's canonical JSON, which takes whole numbers only while invoices carry decimal amounts.
/// </remarks>
internal sealed class InvoiceEvidence(IWorkflowContext context, EvidenceRecorder recorder) : ProcessEvidence(context, recorder)
{
    /// <summary>How an approver's answer reaches the run: the external event, raised by the console or the API.</summary>
    public const string AnswerChannel = "event:" + InvoiceApprovalWorkflow.ApprovalEvent;

    public void RunStarted(InvoiceSubmission invoice)
    {
        PayloadReference input = Attach("input", invoice);
        Recorder.Record(new RunStartedDetails(input.Digest, invoice.RequestedBy), invoice.RequestedBy, payloads: [input]);
    }

    public void Checked(string step, bool passed, IReadOnlyList<string> problems, object result) =>
        Decide(step, passed ? "passed" : "failed", passed ? "No problem found." : string.Join("; ", problems), Digest(result));

    public void PolicyEvaluated(PolicyDecision decision, PaymentDecisionInput input, string action) =>
        PolicyEvaluated("payment-policy", decision, input, action);

    public string HumanTaskOpened(string taskId, ApprovalRequest request, DateTime dueAt)
    {
        PayloadReference shown = Attach("document", request);
        Recorder.Record(new HumanTaskDetails(taskId, "approval", [request.Role], Utc(dueAt), shown.Digest), payloads: [shown]);
        return shown.Digest;
    }

    public void Escalated(string taskId, IReadOnlyList<string> escalateTo, IReadOnlyList<string> reasons) =>
        Recorder.Record(new EscalationDetails(taskId, 1, escalateTo, string.Join(" ", reasons)));

    public void HumanAnswered(string taskId, ApprovalDecision answer, string seenDigest) =>
        Recorder.Record(
            new HumanAnswerDetails(taskId, answer.Approver, AnswerChannel, Utc(Context.CurrentUtcDateTime),
                answer.Approved ? "approve" : "reject", seenDigest, answer.Comment),
            answer.Approver);

    public void Posted(InvoiceSubmission invoice, ErpPosting posting, DateTime calledAt) =>
        Recorder.Record(new ConnectorCallDetails("erp", "post-invoice", Digest(invoice), "posted",
            (long)(Context.CurrentUtcDateTime - calledAt).TotalMilliseconds, Digest(posting)));

    public void Ended(InvoiceOutcome outcome)
    {
        string summary = outcome.ErpDocumentNumber is { } document ? $"Posted as ERP document {document}." : string.Join("; ", outcome.Reasons);
        Decide("outcome", outcome.Status.ToString().ToLowerInvariant(), summary, Digest(outcome));
        Recorder.Record(new RunCompletedDetails(outcome.Status == InvoiceStatus.Refused ? "refused" : "completed", Digest(outcome)));
    }

}
