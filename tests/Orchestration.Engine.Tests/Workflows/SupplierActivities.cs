namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Scores a supplier's risk from its name: deterministic, so tests can compute the expected figure.</summary>
public sealed class ScoreSupplierRiskActivity : CountedActivity<string, SupplierRisk>
{
    public static int Score(string supplier) => supplier.Sum(character => (int)character) % 100;

    protected override SupplierRisk Execute(string input, int execution) => new(input, Score(input));
}

/// <summary>Checks a supplier against the sanctions list.</summary>
public sealed class CheckSupplierSanctionsActivity : CountedActivity<string, bool>
{
    public const string BlockedSupplier = "Shady Shell Ltd";

    protected override bool Execute(string input, int execution) =>
        string.Equals(input, BlockedSupplier, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Asks the bank whether an invoice is paid; it is from check <see cref="PaidFromCheck"/> on.</summary>
public sealed class CheckPaymentStatusActivity : CountedActivity<PaymentCheck, bool>
{
    public int PaidFromCheck { get; init; } = 4;

    protected override bool Execute(PaymentCheck input, int execution) => input.Check >= PaidFromCheck;
}

/// <summary>Registers a payment reference with the bank and echoes it; remembers every reference it saw.</summary>
public sealed class RegisterPaymentReferenceActivity : CountedActivity<Guid, Guid>
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Guid> received = new();

    public IReadOnlyCollection<Guid> Received => received;

    protected override Guid Execute(Guid input, int execution)
    {
        received.Enqueue(input);
        return input;
    }
}
