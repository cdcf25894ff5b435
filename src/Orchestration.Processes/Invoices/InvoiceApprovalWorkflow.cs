using System.Globalization;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// Invoice to ERP posting: validate, 3-way match, a human approval above a threshold, then post with retries.
/// Deterministic by construction: time, waiting and work go through the context only.
/// </summary>
public sealed class InvoiceApprovalWorkflow : Workflow<InvoiceSubmission, InvoiceOutcome>
{
    /// <summary>The external event that carries an approver's <see cref="ApprovalDecision"/>.</summary>
    public const string ApprovalEvent = "InvoiceApproval";

    /// <summary>Invoices above this amount need a human approval.</summary>
    public const decimal ApprovalThreshold = 10_000m;

    /// <summary>How long the run waits for an approver before it rejects the invoice.</summary>
    public static readonly TimeSpan ApprovalTimeout = TimeSpan.FromDays(3);

    // Only a timeout is worth retrying: a rejected posting would be rejected again.
    private static readonly WorkflowTaskOptions ErpRetry = WorkflowTaskOptions.FromRetryPolicy(
        new WorkflowRetryPolicy(maxNumberOfAttempts: 4, firstRetryInterval: TimeSpan.FromMilliseconds(200), backoffCoefficient: 2.0)
        {
            HandleFailure = failure => failure.IsCausedBy<TimeoutException>(),
        });

    public override async Task<InvoiceOutcome> RunAsync(IWorkflowContext context, InvoiceSubmission input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        ILogger log = context.CreateReplaySafeLogger(nameof(InvoiceApprovalWorkflow));
        Logs.InvoiceReceived(log, input.InvoiceNumber, input.Amount, input.Currency, input.PurchaseOrderNumber);

        context.SetCustomStatus(new InvoiceStage("Checking"));
        IReadOnlyList<string> problems = await CheckAsync(context, input);
        Logs.InvoiceChecked(log, input.InvoiceNumber, problems.Count == 0);
        if (problems.Count > 0)
        {
            Logs.InvoiceRefused(log, input.InvoiceNumber, string.Join("; ", problems));
            return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Refused, problems);
        }

        ApprovalDecision? approval = null;
        if (input.Amount > ApprovalThreshold)
        {
            context.SetCustomStatus(new InvoiceStage("AwaitingApproval"));
            approval = await RequestApprovalAsync(context, input, log);
            if (approval is not { Approved: true })
            {
                string reason = approval?.Comment ?? "No approval within the approval timeout";
                return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Rejected, [reason], approval?.Approver);
            }
        }

        context.SetCustomStatus(new InvoiceStage("Posting"));
        ErpPosting posting = await context.CallActivityAsync<ErpPosting>(nameof(PostInvoiceActivity), input, ErpRetry);
        Logs.InvoicePosted(log, input.InvoiceNumber, posting.DocumentNumber);
        context.SetCustomStatus(new InvoiceStage("Posted"));
        return new InvoiceOutcome(input.InvoiceNumber, InvoiceStatus.Posted, [], approval?.Approver, posting.DocumentNumber);
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(IWorkflowContext context, InvoiceSubmission input)
    {
        InvoiceValidation validation = await context.CallActivityAsync<InvoiceValidation>(nameof(ValidateInvoiceActivity), input);
        if (!validation.IsValid)
        {
            return validation.Problems;
        }

        ThreeWayMatch match = await context.CallActivityAsync<ThreeWayMatch>(nameof(MatchInvoiceActivity), input);
        return match.Discrepancies;
    }

    private static async Task<ApprovalDecision?> RequestApprovalAsync(IWorkflowContext context, InvoiceSubmission input, ILogger log)
    {
        // WARNING: format with the invariant culture; a culture that differs between processes would change the
        // activity input on replay.
        string reason = string.Create(CultureInfo.InvariantCulture, $"Amount above the {ApprovalThreshold} approval threshold");
        ApprovalRequest request = new(context.InstanceId, input.InvoiceNumber, input.Amount, input.Currency, reason);
        await context.CallActivityAsync(nameof(RequestApprovalActivity), request);
        try
        {
            ApprovalDecision decision = await context.WaitForExternalEvent<ApprovalDecision>(ApprovalEvent, ApprovalTimeout);
            Logs.ApprovalAnswered(log, decision.Approver, input.InvoiceNumber, decision.Approved);
            return decision;
        }
        catch (TaskCanceledException)
        {
            // As in Durable Functions, the timeout surfaces as a cancelled wait. Silence is a rejection, never a default approval.
            Logs.ApprovalTimedOut(log, input.InvoiceNumber, ApprovalTimeout);
            return null;
        }
    }
}
