using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Execution;

public sealed class DeterministicGuidTests
{
    [Fact]
    public async Task NewGuid_ReplayedInLaterEpisode_ReturnsTheGuidTheFirstEpisodeSent()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentReferenceWorkflow), "INV-2026-0100");
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Confirmation, "confirmed");
        PaymentReferences? references = (await host.WaitForCompletionAsync(id)).ReadOutputAs<PaymentReferences>();

        Assert.NotNull(references);
        Assert.Equal(references.Registered, references.Issued);
        Assert.Equal([references.Issued], catalog.RegisterPaymentReference.Received);
    }

    [Fact]
    public async Task NewGuid_SecondCall_DiffersFromFirst()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentReferenceWorkflow), "INV-2026-0100");

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Confirmation, "confirmed");
        PaymentReferences? references = (await host.WaitForCompletionAsync(id)).ReadOutputAs<PaymentReferences>();

        Assert.NotNull(references);
        Assert.NotEqual(references.Issued, references.Confirmation);
        Assert.NotEqual(Guid.Empty, references.Issued);
    }

    [Fact]
    public async Task NewGuid_ReplayedAfterRestart_ReturnsTheGuidTheFirstProcessSent()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentReferenceWorkflow), "INV-2026-0100");
        await host.WaitForIdleAsync();

        await host.RestartAsync();
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Confirmation, "confirmed");
        PaymentReferences? references = (await host.WaitForCompletionAsync(id)).ReadOutputAs<PaymentReferences>();

        Assert.NotNull(references);
        Assert.Equal(catalog.RegisterPaymentReference.Received.Single(), references.Issued);
    }

    [Fact]
    public async Task NewGuid_TwoRuns_IssueDifferentGuids()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string first = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentReferenceWorkflow), "INV-2026-0100");
        string second = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentReferenceWorkflow), "INV-2026-0100");
        await host.WaitForIdleAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(2, catalog.RegisterPaymentReference.Received.Distinct().Count());
    }
}
