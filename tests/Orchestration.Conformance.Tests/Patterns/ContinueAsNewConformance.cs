using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Continue-as-new: the run restarts with new input and a fresh history, keeping its instance id.</summary>
public abstract class ContinueAsNewConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string CountBatches = "CountBatches";
    private const string CollectPayments = "CollectPayments";

    [Fact]
    public async Task CountBatches_FourGenerations_LastOneReturnsTheTotal()
    {
        WorkflowMetadata run = await RunAsync(CountBatches, new Tally(Generation: 1, Total: 0));

        Assert.Equal(new Tally(4, 1 + 2 + 3 + 4), Output<Tally>(run));
    }

    [Fact]
    public async Task CountBatches_FinishedRun_ShowsTheLastGenerationsInput()
    {
        WorkflowMetadata run = await RunAsync(CountBatches, new Tally(Generation: 1, Total: 0));

        Assert.Equal(new Tally(4, 1 + 2 + 3), WorkflowJson.Deserialize<Tally>(run.SerializedInput));
    }

    [Fact]
    public async Task CollectPayments_EventsRaisedAcrossGenerations_EveryOneIsCounted()
    {
        string id = await Client.ScheduleNewWorkflowAsync(CollectPayments, 0m);
        foreach (decimal amount in new[] { 120.50m, 80.25m, 300.00m })
        {
            await Client.RaiseEventAsync(id, "Payment", amount);
        }

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal(500.75m, Output<decimal>(run));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<Tally, Tally>(CountBatches, (context, tally) =>
        {
            if (tally.Generation < 4)
            {
                context.ContinueAsNew(new Tally(tally.Generation + 1, tally.Total + tally.Generation));
                return Task.FromResult(tally);
            }

            return Task.FromResult(tally with { Total = tally.Total + tally.Generation });
        })
        .AddWorkflow<decimal, decimal>(CollectPayments, async (context, collected) =>
        {
            decimal total = collected + await context.WaitForExternalEvent<decimal>("Payment");
            if (total < 500m)
            {
                // Payments that came in meanwhile carry over to the next generation.
                context.ContinueAsNew(total, preserveUnprocessedEvents: true);
            }

            return total;
        });

    private sealed record Tally(int Generation, int Total);
}

public sealed class ContinueAsNewOnEngine() : ContinueAsNewConformance(Runtimes.Runtimes.Engine);

public sealed class ContinueAsNewOnDurableTask() : ContinueAsNewConformance(Runtimes.Runtimes.DurableTask);
