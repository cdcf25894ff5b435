using Orchestration.Abstractions;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Storage;
using Orchestration.TestKit;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Recording;

[Collection(AzuriteStorage.Name)]
public sealed class EvidenceRecorderTests(AzuriteFixture azurite)
{
    private readonly TableEvidenceStore store = AzuriteStorage.Store(azurite, AzuriteStorage.UniqueNames("rec"));

    [Fact]
    public async Task SealAsync_RestartWhileWaiting_WritesEachRecordOnce()
    {
        (string id, WorkflowMetadata run) = await RunWithRestartWhileWaitingAsync("INV-1");

        IReadOnlyList<EvidenceRecord> records = await store.ReadRunAsync(id);
        Assert.Equal((WorkflowRuntimeStatus.Completed, ApprovalEvidenceWorkflow.RecordsBeforeSeal + 1), (run.RuntimeStatus, records.Count));
    }

    [Fact]
    public async Task SealAsync_RestartWhileWaiting_RunVerifiesIntactAndSealed()
    {
        (string id, _) = await RunWithRestartWhileWaitingAsync("INV-2");

        EvidenceVerification result = (await new EvidencePackService(store).VerifyAsync(id))!;
        Assert.Equal((true, true), (result.IsIntact, result.IsSealed));
    }

    [Fact]
    public async Task FlushAsync_ActivityRetriedAfterLostAnswer_NoDuplicateNoLoss()
    {
        LosingAnswerStore losing = new(store);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => Register(registry, losing));
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(ApprovalEvidenceWorkflow), "INV-3");
        await host.Client.RaiseEventAsync(id, ApprovalEvidenceWorkflow.ApprovalEvent, "ana@contoso.example");

        await host.AdvanceTimeAsync(TimeSpan.FromSeconds(1));
        await host.WaitForCompletionAsync(id);

        IReadOnlyList<EvidenceRecord> records = await store.ReadRunAsync(id);
        Assert.Equal(("0,1,2,3,4,5,6", true), (string.Join(',', records.Select(r => r.Sequence)), losing.Appends > 4));
    }

    [Fact]
    public async Task SealAsync_SameRunReplayedTwice_SealIsIdenticalInStore()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => Register(registry, store));
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(ApprovalEvidenceWorkflow), "INV-4");
        await host.Client.RaiseEventAsync(id, ApprovalEvidenceWorkflow.ApprovalEvent, "ana@contoso.example");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        RunSeal seal = (await store.GetSealAsync(id))!;
        Assert.Equal((6L, 6L), (run.ReadOutputAs<long>(), seal.RecordCount));
    }

    // Restarting the host while the run waits makes the new engine replay the run's history before it goes on.
    private async Task<(string Id, WorkflowMetadata Run)> RunWithRestartWhileWaitingAsync(string invoice)
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => Register(registry, store));
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(ApprovalEvidenceWorkflow), invoice);
        await host.WaitForIdleAsync();
        await host.RestartAsync();
        await host.Client.RaiseEventAsync(id, ApprovalEvidenceWorkflow.ApprovalEvent, "ana@contoso.example");
        return (id, await host.WaitForCompletionAsync(id));
    }

    private static void Register(WorkflowRegistry registry, IEvidenceStore evidence)
    {
        registry.AddWorkflow<ApprovalEvidenceWorkflow>();
        new EvidenceWorkflowRegistration(evidence).AddTo(registry);
    }
}
