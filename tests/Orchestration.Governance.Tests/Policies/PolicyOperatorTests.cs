using System.Text.Json;
using Orchestration.Governance.Policies;

namespace Orchestration.Governance.Tests.Policies;

public sealed class PolicyOperatorTests
{
    private static readonly JsonElement Input = JsonDocument.Parse("""
        {"amount": 1500.50, "currency": "EUR", "supplier": {"id": "SUP-2", "name": "Contoso"},
         "lines": [{"sku": "A", "total": 1000}, {"sku": "B", "total": 500.50}], "approver": null,
         "dueDate": "2026-01-31", "issued": "2026-01-01", "flagged": false}
        """).RootElement;

    [Theory]
    [InlineData("input.amount == 1500.5", true)]
    [InlineData("input.amount != 1500.5", false)]
    [InlineData("input.amount > 1500", true)]
    [InlineData("input.amount >= 1500.50", true)]
    [InlineData("input.amount < 1500.50", false)]
    [InlineData("input.amount <= 1500.49", false)]
    [InlineData("input.currency == 'EUR'", true)]
    [InlineData("input.currency < 'USD'", true)]
    [InlineData("input.amount + 499.5 == 2000", true)]
    [InlineData("input.amount - 0.5 == 1500", true)]
    [InlineData("input.amount * 2 == 3001", true)]
    [InlineData("input.amount / 2 == 750.25", true)]
    [InlineData("input.amount % 1000 == 500.5", true)]
    [InlineData("-input.amount < 0", true)]
    [InlineData("0.1 + 0.2 == 0.3", true)]
    [InlineData("input.currency + '-x' == 'EUR-x'", true)]
    [InlineData("input.currency in ['EUR', 'USD']", true)]
    [InlineData("input.currency not in ['EUR', 'USD']", false)]
    [InlineData("input.supplier.id in data.blocked", true)]
    [InlineData("lower(input.supplier.id) in data.blocked", true)]
    [InlineData("'ont' in input.supplier.name", true)]
    [InlineData("input.lines[1].sku == 'B'", true)]
    [InlineData("true and false", false)]
    [InlineData("true or false", true)]
    [InlineData("not input.flagged", true)]
    [InlineData("not (input.amount > 1 and input.flagged)", true)]
    [InlineData("input.approver == null", true)]
    [InlineData("exists(input.approver)", true)]
    [InlineData("exists(input.reviewer)", false)]
    [InlineData("upper(input.supplier.name) == 'CONTOSO'", true)]
    [InlineData("trim('  a ') == 'a'", true)]
    [InlineData("len(input.lines) == 2", true)]
    [InlineData("len(data.blocked) == 2", true)]
    [InlineData("contains(input.supplier.name, 'tos')", true)]
    [InlineData("starts_with(input.supplier.id, 'SUP-')", true)]
    [InlineData("ends_with(input.supplier.id, '-9')", false)]
    [InlineData("abs(-3) == 3", true)]
    [InlineData("round(2.345, 2) == 2.34", true)]
    [InlineData("min(3, 1, 2) == 1 and max(3, 1, 2) == 3", true)]
    [InlineData("sum(pluck(input.lines, 'total')) == input.amount", true)]
    [InlineData("days_between(input.issued, input.dueDate) == 30", true)]
    [InlineData("intersects(words('Young, energetic team'), ['young'])", true)]
    [InlineData("250_000 == 250000", true)]
    public void Evaluate_Operator_GivesExpectedResult(string condition, bool expected)
    {
        PolicyBundle bundle = TempPolicies.Bundle($"rules:\n  - id: probe\n    when: \"{condition}\"\n    outcome: deny\n", header: "default: allow\n");

        PolicyDecision decision = bundle.Evaluate(Input);

        Assert.Equal(expected ? PolicyOutcome.Deny : PolicyOutcome.Allow, decision.Outcome);
        Assert.DoesNotContain(decision.MatchedRules, match => match.Failed);
    }

    [Theory]
    [InlineData("input.currency > 5")]
    [InlineData("input.missing == 1")]
    [InlineData("input.amount / 0 == 1")]
    [InlineData("input.supplier == 1")]
    [InlineData("sum(pluck(input.lines, 'sku')) > 0")]
    [InlineData("days_between('yesterday', input.dueDate) > 0")]
    [InlineData("input.currency and true")]
    public void Evaluate_ErrorWhileEvaluating_Denies(string condition)
    {
        PolicyBundle bundle = TempPolicies.Bundle($"rules:\n  - id: probe\n    when: \"{condition}\"\n    outcome: allow\n", header: "default: allow\n");

        PolicyDecision decision = bundle.Evaluate(Input);

        Assert.Equal(PolicyOutcome.Deny, decision.Outcome);
        Assert.True(Assert.Single(decision.MatchedRules).Failed);
    }
}
