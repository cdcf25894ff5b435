using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Agents.Port;
using Orchestration.Evidence.Recording;
using Orchestration.Governance.Policies;
using Orchestration.Governance.Refusals;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake;

/// <summary>
/// Supplier document intake: the classifier says what a document is, the extractor reads an invoice's fields, and the
/// pinned <c>document-intake</c> bundle routes on what they answered and how sure they were: straight into invoice to
/// payment (a sub-workflow with all of its own controls), to a clerk who confirms or corrects the fields, or to the team
/// that handles what is not an invoice. An agent's refusal goes to a person, never to a default. Deterministic.
/// </summary>
/// <param name="policies">Evaluates the pinned bundle; pure, so it runs here in orchestrator code.</param>
public sealed class SupplierDocumentIntakeWorkflow(PolicyGate policies) : Workflow<DocumentIntakeRequest, IntakeOutcome>
{
    /// <summary>The external event that carries a reviewer's <see cref="IntakeReview"/>.</summary>
    public const string ReviewEvent = "IntakeReview";

    /// <summary>The workflow's version, written into every evidence record of its runs.</summary>
    public const string Version = "1.0.0";

    /// <summary>How long the run waits for a review before it ends without submitting anything.</summary>
    public static readonly TimeSpan ReviewTimeout = TimeSpan.FromDays(2);

    // A throttled or failing model endpoint is worth a few more attempts; each is in the run's history.
    private static readonly WorkflowTaskOptions AgentRetry = WorkflowTaskOptions.FromRetryPolicy(
        new WorkflowRetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0)
        {
            HandleFailure = failure => !GovernanceRefusalException.TryGetCode(failure, out _),
        });

    /// <summary>Gets the instance id of the invoice run a document is submitted as.</summary>
    /// <param name="intakeInstanceId">The intake run.</param>
    /// <returns>The invoice run's id.</returns>
    public static string InvoiceInstanceId(string intakeInstanceId) => intakeInstanceId + ":invoice";

    /// <inheritdoc/>
    public override async Task<IntakeOutcome> RunAsync(IWorkflowContext context, DocumentIntakeRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        ILogger log = context.CreateReplaySafeLogger(nameof(SupplierDocumentIntakeWorkflow));
        Logs.DocumentReceived(log, input.DocumentId, input.ReceivedFrom);
        IntakeEvidence evidence = new(context, new EvidenceRecorder(context, Version));
        evidence.RunStarted(input);
        IntakeOutcome outcome;
        try
        {
            outcome = await DecideAsync(context, input, evidence, log);
        }
        catch (WorkflowTaskFailedException failure) when (!IsLedgerCall(failure) && GovernanceRefusalException.TryGetCode(failure.FailureDetails, out string code))
        {
            evidence.Refused(failure.TaskName, code, failure.FailureDetails.ErrorMessage);
            outcome = new IntakeOutcome(input.DocumentId, IntakeStatus.Refused, [$"{failure.TaskName} was refused by governance ({code}): {failure.FailureDetails.ErrorMessage}"]);
        }
        catch (WorkflowTaskFailedException failure) when (!IsLedgerCall(failure))
        {
            evidence.Failed(failure.FailureDetails);
            await evidence.Recorder.SealAsync();
            throw;
        }

        Logs.IntakeEnded(log, input.DocumentId, outcome.Status.ToString(), string.Join("; ", outcome.Reasons));
        context.SetCustomStatus(new IntakeStage(outcome.Status.ToString()));
        evidence.Ended(outcome);
        await evidence.Recorder.SealAsync();
        return outcome;
    }

    private async Task<IntakeOutcome> DecideAsync(IWorkflowContext context, DocumentIntakeRequest input, IntakeEvidence evidence, ILogger log)
    {
        PolicyPin pin = await PolicyGate.PinAsync(context, IntakeRoutingPolicy.PolicyId);
        evidence.PolicyPinned(pin);
        SupplierDocument document = new(input.DocumentId, input.DocumentText);

        context.SetCustomStatus(new IntakeStage("Classifying"));
        AgentOutcome<DocumentClassification> classification =
            await context.CallActivityAsync<AgentOutcome<DocumentClassification>>(nameof(ClassifyDocumentActivity), document, AgentRetry);
        evidence.AgentAnswered("classify", classification);
        Logs.AgentAnswered(log, classification.Call.AgentId, classification.Call.Implementation.ToString(), input.DocumentId,
            classification.Result?.Kind.ToString() ?? classification.Refusal!.Code);

        AgentOutcome<ExtractedInvoice>? extraction = null;
        if (classification.Result?.Kind == DocumentKind.Invoice)
        {
            context.SetCustomStatus(new IntakeStage("Extracting"));
            extraction = await context.CallActivityAsync<AgentOutcome<ExtractedInvoice>>(nameof(ExtractInvoiceFieldsActivity), document, AgentRetry);
            evidence.AgentAnswered("extract", extraction);
            Logs.AgentAnswered(log, extraction.Call.AgentId, extraction.Call.Implementation.ToString(), input.DocumentId,
                extraction.Refusal?.Code ?? $"confidence {extraction.Confidence}");
        }

        IntakeRoutingInput facts = IntakeRoutingPolicy.InputFor(classification, extraction);
        PolicyDecision decision = policies.Evaluate(pin, facts);
        evidence.PolicyEvaluated("intake-routing", decision, facts, ActionFor(decision.Outcome));
        return decision.Outcome switch
        {
            PolicyOutcome.Allow => await SubmitAsync(context, input, extraction!.Result!, decision.Reasons, reviewedBy: null),
            PolicyOutcome.Escalate => Routed(context, input, evidence, decision),
            PolicyOutcome.RequireApproval => await ReviewAsync(context, input, evidence, decision, classification, extraction),
            _ => Refuse(input, evidence, decision),
        };
    }

    private static IntakeOutcome Routed(IWorkflowContext context, DocumentIntakeRequest input, IntakeEvidence evidence, PolicyDecision decision)
    {
        evidence.Routed($"{context.InstanceId}:routing", decision.EscalateTo, decision.Reasons);
        return new IntakeOutcome(input.DocumentId, IntakeStatus.Routed, decision.Reasons, RoutedTo: string.Join(", ", decision.EscalateTo));
    }

    private static IntakeOutcome Refuse(DocumentIntakeRequest input, IntakeEvidence evidence, PolicyDecision decision)
    {
        evidence.Refused("intake-routing", "policy-denied", string.Join(" ", decision.Reasons));
        return new IntakeOutcome(input.DocumentId, IntakeStatus.Refused, decision.Reasons);
    }

    // A person decides, from the agents' proposal marked as such; the requester may not, and silence submits nothing.
    private static async Task<IntakeOutcome> ReviewAsync(
        IWorkflowContext context,
        DocumentIntakeRequest input,
        IntakeEvidence evidence,
        PolicyDecision decision,
        AgentOutcome<DocumentClassification> classification,
        AgentOutcome<ExtractedInvoice>? extraction)
    {
        context.SetCustomStatus(new IntakeStage("AwaitingReview"));
        string taskId = $"{context.InstanceId}:review";
        string role = string.Join(", ", decision.Approvals.Select(approval => approval.Role).Distinct(StringComparer.Ordinal));
        IntakeReviewRequest request = new(context.InstanceId, input.DocumentId, decision.Reasons, role,
            classification.Result?.Kind, extraction?.Result, input.RequestedBy);
        DateTime dueAt = context.CurrentUtcDateTime + ReviewTimeout;
        await context.CallActivityAsync(nameof(RequestIntakeReviewActivity), request);
        string seen = evidence.ReviewOpened(taskId, request, dueAt);
        await evidence.Recorder.FlushAsync();
        while (await WaitAsync(context, dueAt) is { } answer)
        {
            evidence.ReviewAnswered(taskId, answer, seen);
            if (string.Equals(answer.Reviewer, input.RequestedBy, StringComparison.OrdinalIgnoreCase))
            {
                evidence.Refused("review", "segregation-of-duties", $"{answer.Reviewer} asked for the document to be processed and may not review it.");
                continue;
            }

            if (answer.Submit && answer.Invoice is null)
            {
                evidence.Refused("review", "invoice-missing", $"{answer.Reviewer} chose to submit without the invoice fields; the answer is not counted.");
                continue;
            }

            return answer.Submit
                ? await SubmitAsync(context, input, answer.Invoice!, [$"Reviewed by {answer.Reviewer}: {answer.Comment ?? "submitted"}"], answer.Reviewer)
                : new IntakeOutcome(input.DocumentId, IntakeStatus.Withdrawn, [answer.Comment ?? $"Withdrawn by {answer.Reviewer}"], ReviewedBy: answer.Reviewer);
        }

        evidence.Decide("review", "timed-out", "No review within the review timeout; nothing was submitted.", null);
        return new IntakeOutcome(input.DocumentId, IntakeStatus.Unreviewed, ["No review within the review timeout; nothing was submitted."]);
    }

    private static async Task<IntakeReview?> WaitAsync(IWorkflowContext context, DateTime dueAt)
    {
        TimeSpan left = dueAt - context.CurrentUtcDateTime;
        if (left <= TimeSpan.Zero)
        {
            return null;
        }

        try
        {
            return await context.WaitForExternalEvent<IntakeReview>(ReviewEvent, left);
        }
        catch (TaskCanceledException)
        {
            // The timeout surfaces as a cancelled wait, as in Durable Functions. Silence submits nothing.
            return null;
        }
    }

    // Invoice to payment applies all of its own controls (validation, 3-way match, the payment policy, approvals).
    private static async Task<IntakeOutcome> SubmitAsync(
        IWorkflowContext context, DocumentIntakeRequest input, ExtractedInvoice invoice, IReadOnlyList<string> reasons, string? reviewedBy)
    {
        context.SetCustomStatus(new IntakeStage("Submitted"));
        InvoiceSubmission submission = new(invoice.InvoiceNumber, invoice.SupplierId, invoice.SupplierName, invoice.SupplierCountry,
            invoice.PurchaseOrderNumber, invoice.Currency, invoice.Amount, invoice.Lines, input.RequestedBy);
        InvoiceOutcome paid = await context.CallSubWorkflowAsync<InvoiceOutcome>(
            nameof(InvoiceApprovalWorkflow), submission, new SubWorkflowOptions(InstanceId: InvoiceInstanceId(context.InstanceId)));
        return new IntakeOutcome(input.DocumentId, IntakeStatus.Submitted, reasons, ReviewedBy: reviewedBy, Invoice: paid);
    }

    private static string ActionFor(PolicyOutcome outcome) => outcome switch
    {
        PolicyOutcome.Allow => "submit",
        PolicyOutcome.RequireApproval => "review",
        PolicyOutcome.Escalate => "route",
        _ => "refuse",
    };

    private static bool IsLedgerCall(WorkflowTaskFailedException failure) =>
        failure.TaskName is nameof(RecordEvidenceActivity) or nameof(SealRunActivity);
}
