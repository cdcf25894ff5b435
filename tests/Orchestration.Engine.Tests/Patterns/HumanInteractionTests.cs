using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Patterns;

public sealed class HumanInteractionTests
{
    private static readonly ApprovalDecision Approve = new(Approved: true, RouteToApproverActivity.FinanceManager, "Matches PO-7781");

    [Fact]
    public async Task WaitForExternalEvent_ApprovalArrives_InvoiceApprovedAndPosted()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(
            new ApprovalOutcome("INV-2026-0100", ApprovalResult.Approved, RouteToApproverActivity.FinanceManager, "LEDGER-INV-2026-0100"),
            run.ReadOutputAs<ApprovalOutcome>());
        Assert.Equal((1, 0), (catalog.PostInvoice.Executions, catalog.Escalate.Executions));
    }

    [Fact]
    public async Task WaitForExternalEvent_RejectionArrives_RejectedAndNothingPosted()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Small);
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, new ApprovalDecision(false, RouteToApproverActivity.TeamLead, "No PO"));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new ApprovalOutcome("INV-2026-0007", ApprovalResult.Rejected, RouteToApproverActivity.TeamLead), run.ReadOutputAs<ApprovalOutcome>());
        Assert.Equal(0, catalog.PostInvoice.Executions);
    }

    [Fact]
    public async Task WaitForExternalEvent_NoDecisionWithinThreeDays_TimesOutAndEscalatesToCfo()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);

        await host.AdvanceTimeAsync(TimeSpan.FromDays(3));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new ApprovalOutcome("INV-2026-0100", ApprovalResult.TimedOut, RouteToApproverActivity.Cfo), run.ReadOutputAs<ApprovalOutcome>());
        Assert.Equal((1, 0), (catalog.Escalate.Executions, catalog.PostInvoice.Executions));
    }

    [Fact]
    public async Task WaitForExternalEvent_ClockJustShortOfThreeDays_StillWaitingThenApproved()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);

        await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalWindow - TimeSpan.FromMinutes(1));
        WorkflowRuntimeStatus beforeDeadline = (await host.GetRequiredInstanceAsync(id)).RuntimeStatus;
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Running, beforeDeadline);
        Assert.Equal(ApprovalResult.Approved, run.ReadOutputAs<ApprovalOutcome>()?.Result);
        Assert.Equal(0, catalog.Escalate.Executions);
    }

    [Fact]
    public async Task RaiseEventAsync_BeforeWorkflowWaits_EventIsKeptAndDelivered()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        DateTime payOn = host.Time.GetUtcNow().UtcDateTime.AddHours(4);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(ScheduledPaymentWorkflow), new PaymentSchedule("INV-2026-0100", payOn));
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.TreasuryRelease, new TreasuryRelease("treasury@fabrikam.example"));
        await host.WaitForIdleAsync();
        WorkflowRuntimeStatus beforePayDate = (await host.GetRequiredInstanceAsync(id)).RuntimeStatus;
        await host.AdvanceTimeAsync(TimeSpan.FromHours(4));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Running, beforePayDate);
        PaymentRelease? release = run.ReadOutputAs<PaymentRelease>();
        Assert.Equal("treasury@fabrikam.example", release?.ReleasedBy);
        Assert.True(release?.ReleasedAt >= payOn, $"Released at {release?.ReleasedAt:o}, before the pay date {payOn:o}.");
    }

    [Fact]
    public async Task RaiseEventAsync_RightAfterScheduling_EventIsKeptUntilTheWait()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(ApprovalResult.Approved, run.ReadOutputAs<ApprovalOutcome>()?.Result);
    }

    [Fact]
    public async Task RaiseEventAsync_EventNameInOtherCase_DeliveredToTheWait()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision.ToUpperInvariant(), Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(ApprovalResult.Approved, run.ReadOutputAs<ApprovalOutcome>()?.Result);
    }

    [Fact]
    public async Task WaitForExternalEvent_AfterTimedOutWaitOfSameName_NextEventIsNotSwallowed()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(ApprovalReminderWorkflow), "INV-2026-0100");

        await host.AdvanceTimeAsync(ApprovalReminderWorkflow.ReminderAfter);
        int remindersBeforeEvent = catalog.SendReminder.Executions;
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(1, remindersBeforeEvent);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal(new ReminderOutcome("INV-2026-0100", 1, Approve), run.ReadOutputAs<ReminderOutcome>());
    }

    [Fact]
    public async Task WaitForExternalEvent_TwoEventsOfSameNameBeforeWaits_DeliveredInArrivalOrder()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(ApprovalReminderWorkflow), "INV-2026-0007");
        ApprovalDecision first = new(false, RouteToApproverActivity.TeamLead, "first");
        ApprovalDecision second = new(true, RouteToApproverActivity.TeamLead, "second");

        // Suspended, the run holds both events; otherwise it could take the first and finish before the second is raised.
        await host.Client.SuspendInstanceAsync(id);
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, first);
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, second);
        await host.Client.ResumeInstanceAsync(id);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new ReminderOutcome("INV-2026-0007", 0, first), run.ReadOutputAs<ReminderOutcome>());
    }
}
