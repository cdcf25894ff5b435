using System.Globalization;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Trims and upper-cases what suppliers type inconsistently.</summary>
public sealed class NormalizeInvoiceActivity : CountedActivity<Invoice, Invoice>
{
    protected override Invoice Execute(Invoice input, int execution) => new(
        input.InvoiceNumber.Trim().ToUpperInvariant(),
        string.Join(' ', input.Supplier.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        input.Amount,
        input.Currency.Trim().ToUpperInvariant());
}

/// <summary>Converts the amount to euros at fixed test rates.</summary>
public sealed class ConvertToEurActivity : CountedActivity<Invoice, PricedInvoice>
{
    private static readonly Dictionary<string, decimal> Rates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = 1.00m,
        ["USD"] = 0.92m,
        ["GBP"] = 1.17m,
        ["SEK"] = 0.088m,
    };

    protected override PricedInvoice Execute(Invoice input, int execution) =>
        new(input, Math.Round(input.Amount * Rates[input.Currency], 2));
}

/// <summary>Chooses the approver by the amount in euros.</summary>
public sealed class RouteToApproverActivity : CountedActivity<PricedInvoice, RoutedInvoice>
{
    public const string TeamLead = "lead@fabrikam.example";
    public const string FinanceManager = "finance.manager@fabrikam.example";
    public const string Cfo = "cfo@fabrikam.example";

    public static string ApproverFor(decimal amountEur) => amountEur switch
    {
        < 1_000m => TeamLead,
        < 10_000m => FinanceManager,
        _ => Cfo,
    };

    protected override RoutedInvoice Execute(PricedInvoice input, int execution) => new(input, ApproverFor(input.AmountEur));
}

/// <summary>Asks the approver to decide (in production, a task in the approver's inbox).</summary>
public sealed class RequestApprovalActivity : CountedActivity<ApprovalRequest, string>
{
    protected override string Execute(ApprovalRequest input, int execution) => $"approval-task:{input.InvoiceNumber}";
}

/// <summary>The older way of asking for approval, kept for the legacy workflow version.</summary>
public sealed class SendApprovalEmailActivity : CountedActivity<ApprovalRequest, string>
{
    protected override string Execute(ApprovalRequest input, int execution) => $"mail:{input.Approver}";
}

/// <summary>Hands an undecided invoice to the CFO.</summary>
public sealed class EscalateInvoiceActivity : CountedActivity<ApprovalRequest, string>
{
    protected override string Execute(ApprovalRequest input, int execution) => RouteToApproverActivity.Cfo;
}

/// <summary>Posts an approved invoice to the ledger.</summary>
public sealed class PostInvoiceActivity : CountedActivity<Invoice, string>
{
    protected override string Execute(Invoice input, int execution) => $"LEDGER-{input.InvoiceNumber}";
}

/// <summary>Reminds an approver who has not answered.</summary>
public sealed class SendReminderActivity : CountedActivity<string, string>
{
    protected override string Execute(string input, int execution) => $"reminder:{input}";
}

/// <summary>Posts to a ledger that times out <see cref="TransientFailures"/> times, or refuses for good.</summary>
public sealed class LedgerPostingActivity : CountedActivity<Invoice, string>
{
    public const string TimeoutMessage = "The ledger API did not answer within 30 s.";

    /// <summary>Gets how many executions time out before one succeeds.</summary>
    public int TransientFailures { get; init; }

    /// <summary>Gets a value indicating whether every execution fails with a non-transient error.</summary>
    public bool PermanentFailure { get; init; }

    public static string DuplicateMessage(string invoiceNumber) => $"Invoice {invoiceNumber} is already posted.";

    protected override string Execute(Invoice input, int execution)
    {
        if (PermanentFailure)
        {
            throw new InvalidOperationException(DuplicateMessage(input.InvoiceNumber));
        }

        return execution <= TransientFailures
            ? throw new TimeoutException(TimeoutMessage)
            : string.Create(CultureInfo.InvariantCulture, $"LEDGER-{input.InvoiceNumber}-attempt-{execution}");
    }
}
