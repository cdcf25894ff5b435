using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Records;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes;

/// <summary>
/// What every process's ledger records the same way: the pinned policy, its evaluations, decisions, refusals and a
/// failed end. Each process derives its own evidence class with its own decisions; all of it is pure orchestrator
/// code, called in a deterministic order.
/// </summary>
/// <param name="context">The run's context.</param>
/// <param name="recorder">The run's recorder.</param>
internal abstract class ProcessEvidence(IWorkflowContext context, EvidenceRecorder recorder)
{
    public EvidenceRecorder Recorder => recorder;

    protected IWorkflowContext Context => context;

    public void PolicyPinned(PolicyPin pin) =>
        Decide("pin-policy", "pinned", $"The run evaluates {pin.PolicyId} {pin.Version} ({pin.Digest}), pinned in its history.", pin.Digest);

    public void PolicyEvaluated(string step, PolicyDecision decision, object input, string action)
    {
        // The input is stored so the run can be re-evaluated under another bundle; its digest is the decision's input digest.
        PayloadReference facts = Attach("input", input);
        PayloadReference outcome = Attach("output", decision);
        recorder.Record(
            new PolicyEvaluationDetails(decision.PolicyId, decision.BundleVersion, decision.BundleDigest, decision.InputDigest,
                InvoicePaymentPolicy.NameOf(decision.Outcome), InvoicePaymentPolicy.DecidingRules(decision)),
            payloads: [facts, outcome]);
        Decide(step, action, string.Join(" ", decision.Reasons), decision.InputDigest);
    }

    public void Decide(string step, string decision, string reason, string? inputsDigest) =>
        recorder.Record(new DecisionDetails(step, decision, reason, inputsDigest));

    public void Refused(string step, string code, string reason, IReadOnlyList<string>? fields = null) =>
        recorder.Record(new RefusalDetails(step, code, reason, fields is { Count: > 0 } ? fields : null));

    public void Failed(WorkflowFailureDetails failure) =>
        recorder.Record(new RunCompletedDetails("failed", Digest(failure)));

    protected static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    protected static string Digest(object value) =>
        Orchestration.Evidence.Chain.EvidenceHasher.Digest(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), WorkflowJson.Options));

    protected PayloadReference Attach(string role, object value) =>
        recorder.AttachPayload(role, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), WorkflowJson.Options));
}
