using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Fan-out/fan-in: many activities at once, their results gathered in the order they were scheduled.</summary>
public abstract class FanOutFanInConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string PriceLines = "PriceLines";
    private const string PriceLine = "PriceLine";

    [Fact]
    public async Task PriceLines_TwelveLinesAtOnce_ResultsComeBackInScheduleOrder()
    {
        InvoiceLine[] lines = [.. Enumerable.Range(1, 12).Select(n => new InvoiceLine($"SKU-{n:D3}", n, 10.25m * n))];

        WorkflowMetadata run = await RunAsync(PriceLines, lines);

        Assert.Equal(lines.Select(line => line.Quantity * line.UnitPrice), Output<decimal[]>(run));
    }

    [Fact]
    public async Task PriceLines_NoLines_CompletesWithNone()
    {
        WorkflowMetadata run = await RunAsync(PriceLines, Array.Empty<InvoiceLine>());

        Assert.Empty(Output<decimal[]>(run));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<InvoiceLine[], decimal[]>(PriceLines, (context, lines) =>
            Task.WhenAll(lines.Select(line => context.CallActivityAsync<decimal>(PriceLine, line))))
        .AddActivity<InvoiceLine, decimal>(PriceLine, (_, line) => Task.FromResult(line.Quantity * line.UnitPrice));

    private sealed record InvoiceLine(string Sku, int Quantity, decimal UnitPrice);
}

public sealed class FanOutFanInOnEngine() : FanOutFanInConformance(Runtimes.Runtimes.Engine);

public sealed class FanOutFanInOnDurableTask() : FanOutFanInConformance(Runtimes.Runtimes.DurableTask);
