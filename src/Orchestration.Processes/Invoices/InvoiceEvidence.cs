using System.Text.Json;
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
internal sealed class InvoiceEvidence(IWorkflowContext context, EvidenceRecorder recorder)
{
    /// <summary>How an approver's answer reaches the run: the external event, raised by the console or the API.</summary>
    public const string AnswerChannel = "event:" + InvoiceApprovalWorkflow.ApprovalEvent;

    public EvidenceRecorder Recorder => recorder;

    public void RunStarted(InvoiceSubmission invoice)
    {
        PayloadReference input = Attach("input", invoice);
        recorder.Record(new RunStartedDetails(input.Digest, invoice.RequestedBy), invoice.RequestedBy, payloads: [input]);
    }

    public void PolicyPinned(PolicyPin pin) =>
        Decide("pin-policy", "pinned", $"The run evaluates {pin.PolicyId} {pin.Version} ({pin.Digest}), pinned in its history.", pin.Digest);

    public void Checked(string step, bool passed, IReadOnlyList<string> problems, object result) =>
        Decide(step, passed ? "passed" : "failed", passed ? "No problem found." : string.Join("; ", problems), Digest(result));

    public void PolicyEvaluated(PolicyDecision decision, PaymentDecisionInput input, string action)
    {
        // The input is stored so the run can be re-evaluated under another bundle; its digest is the decision's input digest.
        PayloadReference facts = Attach("input", input);
        PayloadReference outcome = Attach("output", decision);
        recorder.Record(
            new PolicyEvaluationDetails(decision.PolicyId, decision.BundleVersion, decision.BundleDigest, decision.InputDigest,
                InvoicePaymentPolicy.NameOf(decision.Outcome), InvoicePaymentPolicy.DecidingRules(decision)),
            payloads: [facts, outcome]);
        Decide("payment-policy", action, string.Join(" ", decision.Reasons), decision.InputDigest);
    }

    public string HumanTaskOpened(string taskId, ApprovalRequest request, DateTime dueAt)
    {
        PayloadReference shown = Attach("document", request);
        recorder.Record(new HumanTaskDetails(taskId, "approval", [request.Role], Utc(dueAt), shown.Digest), payloads: [shown]);
        return shown.Digest;
    }

    public void Escalated(string taskId, IReadOnlyList<string> escalateTo, IReadOnlyList<string> reasons) =>
        recorder.Record(new EscalationDetails(taskId, 1, escalateTo, string.Join(" ", reasons)));

    public void HumanAnswered(string taskId, ApprovalDecision answer, string seenDigest) =>
        recorder.Record(
            new HumanAnswerDetails(taskId, answer.Approver, AnswerChannel, Utc(context.CurrentUtcDateTime),
                answer.Approved ? "approve" : "reject", seenDigest, answer.Comment),
            answer.Approver);

    public void Refused(string step, string code, string reason, IReadOnlyList<string>? fields = null) =>
        recorder.Record(new RefusalDetails(step, code, reason, fields is { Count: > 0 } ? fields : null));

    public void Posted(InvoiceSubmission invoice, ErpPosting posting, DateTime calledAt) =>
        recorder.Record(new ConnectorCallDetails("erp", "post-invoice", Digest(invoice), "posted",
            (long)(context.CurrentUtcDateTime - calledAt).TotalMilliseconds, Digest(posting)));

    public void Ended(InvoiceOutcome outcome)
    {
        string summary = outcome.ErpDocumentNumber is { } document ? $"Posted as ERP document {document}." : string.Join("; ", outcome.Reasons);
        Decide("outcome", outcome.Status.ToString().ToLowerInvariant(), summary, Digest(outcome));
        recorder.Record(new RunCompletedDetails(outcome.Status == InvoiceStatus.Refused ? "refused" : "completed", Digest(outcome)));
    }

    public void Failed(WorkflowFailureDetails failure) =>
        recorder.Record(new RunCompletedDetails("failed", Digest(failure)));

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static string Digest(object value) =>
        Orchestration.Evidence.Chain.EvidenceHasher.Digest(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), WorkflowJson.Options));

    public void Decide(string step, string decision, string reason, string? inputsDigest) =>
        recorder.Record(new DecisionDetails(step, decision, reason, inputsDigest));

    private PayloadReference Attach(string role, object value) =>
        recorder.AttachPayload(role, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), WorkflowJson.Options));
}
