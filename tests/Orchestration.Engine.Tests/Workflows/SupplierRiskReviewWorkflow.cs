using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Fan-out/fan-in: scores every supplier in parallel, then sums and picks the riskiest.</summary>
public sealed class SupplierRiskReviewWorkflow : Workflow<SupplierRiskReviewRequest, SupplierRiskSummary>
{
    public override async Task<SupplierRiskSummary> RunAsync(IWorkflowContext context, SupplierRiskReviewRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        SupplierRisk[] risks = await Task.WhenAll(input.Suppliers.Select(supplier =>
            context.CallActivityAsync<SupplierRisk>(nameof(ScoreSupplierRiskActivity), supplier)));
        SupplierRisk riskiest = risks.OrderByDescending(risk => risk.Score).ThenBy(risk => risk.Supplier, StringComparer.Ordinal).First();
        return new SupplierRiskSummary(risks.Length, risks.Sum(risk => risk.Score), riskiest.Supplier);
    }
}
