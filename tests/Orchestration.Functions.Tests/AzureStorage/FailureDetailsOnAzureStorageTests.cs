using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// Failures on Azure Storage: an activity's travels in the run's history to the workflow; a run's is kept as its
/// output ("ErrorType: ErrorMessage", no failure details), which the client adapter reads back as the failure.
/// </summary>
[Collection(AzureStorageTaskHubs.Name)]
public sealed class FailureDetailsOnAzureStorageTests(AzuriteFixture azurite)
{
    private const string Rejection = "ERP rejected INV-2025-0042: posting period 2025-12 is closed.";

    [Fact]
    public async Task CallActivityAsync_ActivityThrows_WorkflowCatchesErrorTypeAndMessage()
    {
        await using DurableWorkflowTestHost host = await StartAsync(registry => registry.AddWorkflow<string, WorkflowFailureDetails>("Post", async (context, invoice) =>
        {
            try
            {
                await context.CallActivityAsync("PostToErp", invoice);
                throw new InvalidOperationException("The posting should have failed.");
            }
            catch (WorkflowTaskFailedException failed)
            {
                return failed.FailureDetails with { StackTrace = null };
            }
        }));
        string id = await host.Client.ScheduleNewWorkflowAsync("Post", "INV-2025-0042");

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new WorkflowFailureDetails(typeof(InvalidOperationException).FullName!, Rejection), run.ReadOutputAs<WorkflowFailureDetails>());
    }

    [Fact]
    public async Task WaitForCompletion_ActivityFailureUncaught_ClientGetsTaskFailedTypeAndActivityMessage()
    {
        await using DurableWorkflowTestHost host = await StartAsync(registry =>
            registry.AddWorkflow<string, string>("Post", (context, invoice) => context.CallActivityAsync<string>("PostToErp", invoice)));
        string id = await host.Client.ScheduleNewWorkflowAsync("Post", "INV-2025-0042");

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(
            (WorkflowRuntimeStatus.Failed, typeof(WorkflowTaskFailedException).FullName, $"Task 'PostToErp' (#0) failed with an unhandled exception: {Rejection}"),
            (run.RuntimeStatus, run.FailureDetails?.ErrorType, run.FailureDetails?.ErrorMessage));
    }

    [Fact]
    public async Task WaitForCompletion_WorkflowThrows_ClientGetsErrorTypeAndMessage()
    {
        await using DurableWorkflowTestHost host = await StartAsync(registry => registry.AddWorkflow<string, string>("Reconcile", (_, ledger) =>
            throw new InvalidOperationException($"Ledger {ledger} does not balance: 12.40 EUR off.")));
        string id = await host.Client.ScheduleNewWorkflowAsync("Reconcile", "GL-4711");

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(
            (WorkflowRuntimeStatus.Failed, typeof(InvalidOperationException).FullName, "Ledger GL-4711 does not balance: 12.40 EUR off.", null),
            (run.RuntimeStatus, run.FailureDetails?.ErrorType, run.FailureDetails?.ErrorMessage, run.SerializedOutput));
    }

    private Task<DurableWorkflowTestHost> StartAsync(Action<WorkflowRegistry> workflow) => DurableWorkflowTestHost.StartAsync(
        registry =>
        {
            workflow(registry);
            registry.AddActivity<string, string>("PostToErp", (_, _) => throw new InvalidOperationException(Rejection));
        },
        AzureStorageTaskHubs.On(azurite));
}
