using Orchestration.Governance.Policies;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// How the invoice process asks the <c>invoice-payments</c> bundle whether to pay: the decision input it builds from
/// an invoice, and the outcome names the bundle and the ledger use.
/// </summary>
public static class InvoicePaymentPolicy
{
    /// <summary>The bundle that decides payments; the run pins its active version when it starts.</summary>
    public const string PolicyId = "invoice-payments";

    /// <summary>Builds the decision input the bundle's rules read (<c>input.supplierId</c>, <c>input.amount</c>...).</summary>
    /// <param name="invoice">The invoice.</param>
    /// <returns>The input.</returns>
    public static PaymentDecisionInput InputFor(InvoiceSubmission invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice.SupplierId, invoice.SupplierName, invoice.SupplierCountry, invoice.Currency, invoice.Amount, invoice.RequestedBy);
    }

    /// <summary>Names an outcome as bundle files write it.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns><c>allow</c>, <c>require-approval</c>, <c>escalate</c> or <c>deny</c>.</returns>
    public static string NameOf(PolicyOutcome outcome) => outcome switch
    {
        PolicyOutcome.Allow => "allow",
        PolicyOutcome.RequireApproval => "require-approval",
        PolicyOutcome.Escalate => "escalate",
        _ => "deny",
    };

    /// <summary>Names what the invoice process does on an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns><c>post</c>, <c>request-approval</c>, <c>escalate</c> or <c>refuse</c>.</returns>
    public static string ActionFor(PolicyOutcome outcome) => outcome switch
    {
        PolicyOutcome.Allow => "post",
        PolicyOutcome.RequireApproval => "request-approval",
        PolicyOutcome.Escalate => "escalate",
        _ => "refuse",
    };

    /// <summary>Lists the rules that decided the outcome (a rule that matched with a weaker outcome did not).</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The rule ids, in bundle order.</returns>
    public static IReadOnlyList<string> DecidingRules(PolicyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return [.. decision.MatchedRules.Where(match => match.Outcome == decision.Outcome).Select(match => match.RuleId)];
    }
}

/// <summary>The facts the <c>invoice-payments</c> bundle decides on; the member names are the bundle's field names.</summary>
/// <param name="SupplierId">The supplier's id.</param>
/// <param name="SupplierName">The supplier's name.</param>
/// <param name="SupplierCountry">The supplier's country.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Requester">Who asked for the payment.</param>
public sealed record PaymentDecisionInput(
    string SupplierId, string SupplierName, string SupplierCountry, string Currency, decimal Amount, string Requester);
