using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Evidence.Recording;
using Orchestration.Governance.Policies;
using Orchestration.Governance.Refusals;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// Invoice to ERP posting, governed and evidenced: pin the invoice-payments bundle, validate, 3-way match, let the
/// pinned policy decide (deny, pay, or ask people), post with retries, and record every decision in the run's
/// ledger, which is sealed however the run ends. Deterministic: time, waiting and work go through the context only.
/// </summary>
/// <param name="policies">Evaluates the pinned bundle; pure, so it runs here in orchestrator code.</param>
public sealed class InvoiceApprovalWorkflow(PolicyGate policies) : Workflow<InvoiceSubmission, InvoiceOutcome>
{
    /// <summary>The external event that carries an approver's <see cref="ApprovalDecision"/>.</summary>
    public const string ApprovalEvent = "InvoiceApproval";

    /// <summary>The workflow's version, written into every evidence record of its runs.</summary>
    public const string Version = "2.0.0";

    /// <summary>How long the run waits for the approvals it needs before it rejects the invoice.</summary>
    public static readonly TimeSpan ApprovalTimeout = TimeSpan.FromDays(3);

    // Only a timeout is worth retrying: a rejected posting, or a governance refusal, would happen again.
    private static readonly WorkflowTaskOptions ErpRetry = WorkflowTaskOptions.FromRetryPolicy(
        new WorkflowRetryPolicy(maxNumberOfAttempts: 4, firstRetryInterval: TimeSpan.FromMilliseconds(200), backoffCoefficient: 2.0)
        {
            HandleFailure = failure => failure.IsCausedBy<TimeoutException>(),
        });

    /// <inheritdoc/>
    public override async Task<InvoiceOutcome> RunAsync(IWorkflowContext context, InvoiceSubmission input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        ILogger log = context.CreateReplaySafeLogger(nameof(InvoiceApprovalWorkflow));
        Logs.InvoiceReceived(log, input.InvoiceNumber, input.Amount, input.Currency, input.PurchaseOrderNumber);
        InvoiceEvidence evidence = new(context, new EvidenceRecorder(context, Version));
        evidence.RunStarted(input);
        InvoiceOutcome outcome;
        try
        {
            outcome = await DecideAsync(context, input, evidence, log);
        }
        catch (WorkflowTaskFailedException failure) when (!IsLedgerCall(failure) && GovernanceRefusalException.TryGetCode(failure.FailureDetails, out string code))
        {
            outcome = RefusedByGovernance(input, evidence, failure, code);
        }
        catch (WorkflowTaskFailedException failure) when (!IsLedgerCall(failure))
        {
            // The run still fails, so operators see the failure; its ledger is closed first.
            evidence.Failed(failure.FailureDetails);
            await evidence.Recorder.SealAsync();
            throw;
        }

        if (outcome.Status == InvoiceStatus.Refused)
        {
            Logs.InvoiceRefused(log, input.InvoiceNumber, string.Join("; ", outcome.Reasons));
        }

        context.SetCustomStatus(new InvoiceStage(outcome.Status.ToString()));
        evidence.Ended(outcome);
        await evidence.Recorder.SealAsync();
        return outcome;
    }

    private async Task<InvoiceOutcome> DecideAsync(IWorkflowContext context, InvoiceSubmission input, InvoiceEvidence evidence, ILogger log)
    {
        PolicyPin pin = await PolicyGate.PinAsync(context, InvoicePaymentPolicy.PolicyId);
        evidence.PolicyPinned(pin);
        context.SetCustomStatus(new InvoiceStage("Checking"));
        if (await CheckAsync(context, input, evidence) is { } refused)
        {
            return refused;
        }

        PaymentDecisionInput facts = InvoicePaymentPolicy.InputFor(input);
        PolicyDecision decision = policies.Evaluate(pin, facts);
        evidence.PolicyEvaluated(decision, facts, InvoicePaymentPolicy.ActionFor(decision.Outcome));
        if (decision.Outcome == PolicyOutcome.Deny)
        {
            evidence.Refused("payment-policy", "policy-denied", string.Join(" ", decision.Reasons));
            return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Refused, decision.Reasons);
        }

        ApprovalResult? approval = null;
        if (decision.Outcome != PolicyOutcome.Allow)
        {
            context.SetCustomStatus(new InvoiceStage("AwaitingApproval"));
            approval = await new InvoiceApprovalStep(context, evidence, log).RunAsync(input, decision);
            if (!approval.Approved)
            {
                return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Rejected, [approval.Reason!], JoinOrNull(approval.DecidedBy));
            }
        }

        return await PostAsync(context, input, evidence, JoinOrNull(approval?.DecidedBy), log);
    }

    private static async Task<InvoiceOutcome?> CheckAsync(IWorkflowContext context, InvoiceSubmission input, InvoiceEvidence evidence)
    {
        InvoiceValidation validation = await context.CallActivityAsync<InvoiceValidation>(nameof(ValidateInvoiceActivity), input);
        evidence.Checked("validate", validation.IsValid, validation.Problems, validation);
        if (!validation.IsValid)
        {
            return Refuse(input, evidence, "validate", "invalid-invoice", validation.Problems);
        }

        ThreeWayMatch match = await context.CallActivityAsync<ThreeWayMatch>(nameof(MatchInvoiceActivity), input);
        evidence.Checked("three-way-match", match.Matched, match.Discrepancies, match);
        return match.Matched ? null : Refuse(input, evidence, "three-way-match", "match-failed", match.Discrepancies);
    }

    private static async Task<InvoiceOutcome> PostAsync(
        IWorkflowContext context, InvoiceSubmission input, InvoiceEvidence evidence, string? approvedBy, ILogger log)
    {
        context.SetCustomStatus(new InvoiceStage("Posting"));
        DateTime calledAt = context.CurrentUtcDateTime;
        ErpPosting posting = await context.CallActivityAsync<ErpPosting>(nameof(PostInvoiceActivity), input, ErpRetry);
        evidence.Posted(input, posting, calledAt);
        Logs.InvoicePosted(log, input.InvoiceNumber, posting.DocumentNumber);
        return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Posted, [], approvedBy, posting.DocumentNumber);
    }

    // Each problem starts with the field or line at fault ("amount: ...", "LAPTOP-14: ...").
    private static InvoiceOutcome Refuse(InvoiceSubmission input, InvoiceEvidence evidence, string step, string code, IReadOnlyList<string> problems)
    {
        evidence.Refused(step, code, string.Join("; ", problems), [.. problems.Select(problem => problem.Split(':')[0]).Distinct(StringComparer.Ordinal)]);
        return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Refused, problems);
    }

    private static InvoiceOutcome RefusedByGovernance(InvoiceSubmission input, InvoiceEvidence evidence, WorkflowTaskFailedException failure, string code)
    {
        // GovernanceRefusalException's message is "[code] reason"; the reason alone reads better.
        string message = failure.FailureDetails.ErrorMessage;
        string reason = message.StartsWith($"[{code}] ", StringComparison.Ordinal) ? message[(code.Length + 3)..] : message;
        evidence.Refused(failure.TaskName, code, reason);
        return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Refused, [$"{failure.TaskName} was refused by governance ({code}): {reason}"]);
    }

    // A failing ledger cannot record its own failure; the run fails unsealed and the failure says why.
    private static bool IsLedgerCall(WorkflowTaskFailedException failure) =>
        failure.TaskName is nameof(RecordEvidenceActivity) or nameof(SealRunActivity);

    private static string? JoinOrNull(IReadOnlyList<string>? names) => names is { Count: > 0 } ? string.Join(", ", names) : null;
}
