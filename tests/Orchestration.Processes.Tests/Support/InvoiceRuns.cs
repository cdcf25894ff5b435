using Orchestration.Abstractions;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Scheduling;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.Support;

/// <summary>Invoices and steps the invoice workflow tests share.</summary>
internal static class InvoiceRuns
{
    // Longer than every retry delay of the ERP posting policy (0.2 s, 0.4 s, 0.8 s).
    public static readonly TimeSpan PastNextRetry = TimeSpan.FromSeconds(1);

    public static readonly ApprovalDecision Approve = new(Approved: true, "maria.lopez@contoso.example");

    public static readonly ApprovalDecision ApproveOwnInvoice = new(Approved: true, SampleInvoices.Requester, "Urgent, please pay");

    /// <summary>Gets 90 EUR from a supplier with no invoice history: within the policy's straight-through limit.</summary>
    public static InvoiceSubmission SmallInvoice { get; } = SampleInvoices.LaptopInvoice with
    {
        SupplierId = "SUP-2040",
        SupplierName = "Fabrikam Office Supplies",
        SupplierCountry = "NL",
        Amount = 90.00m,
        Lines = [new InvoiceLine("SETUP-SVC", 1, 90.00m)],
    };

    /// <summary>Gets the small invoice from a supplier on the bundle's sanctions list.</summary>
    public static InvoiceSubmission SanctionedInvoice { get; } = SmallInvoice with
    {
        SupplierId = "SUP-6666",
        SupplierName = "Northwind Shadow Trading LLC",
    };

    /// <summary>Starts a host and refreshes the reference data once, as the hosts do at start-up, so the freshness gates pass.</summary>
    public static async Task<WorkflowTestHost> StartHostAsync(GovernedInvoiceSystems systems)
    {
        WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        await RefreshReferenceDataAsync(host, systems);
        return host;
    }

    /// <summary>Runs the reference data refresh for the occurrence at governance's clock, to its end.</summary>
    public static async Task<ReferenceDataRefreshOutcome?> RefreshReferenceDataAsync(
        WorkflowTestHost host, GovernedInvoiceSystems systems, StartWorkflowOptions? options = null)
    {
        string id = await host.Client.ScheduleNewWorkflowAsync(
            nameof(ReferenceDataRefreshWorkflow), new ScheduledOccurrence(systems.Clock.GetUtcNow().UtcDateTime), options);
        return (await host.WaitForCompletionAsync(id)).ReadOutputAs<ReferenceDataRefreshOutcome>();
    }

    public static Task<string> StartAsync(WorkflowTestHost host, InvoiceSubmission invoice, StartWorkflowOptions? options = null) =>
        host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), invoice, options);

    /// <summary>Waits until the run has asked for approval and returns what it asked.</summary>
    public static async Task<ApprovalRequest> RequestedApprovalAsync(WorkflowTestHost host, GovernedInvoiceSystems systems)
    {
        await host.WaitForIdleAsync();
        Assert.True(systems.Inbox.TryNext(out ApprovalRequest? request), "The run did not ask for approval.");
        return request;
    }

    public static async Task AnswerAsync(WorkflowTestHost host, string id, ApprovalDecision decision)
    {
        await host.Client.RaiseEventAsync(id, InvoiceApprovalWorkflow.ApprovalEvent, decision);
        await host.WaitForIdleAsync();
    }

    public static async Task ApproveAsync(WorkflowTestHost host, GovernedInvoiceSystems systems, string id, ApprovalDecision decision)
    {
        await RequestedApprovalAsync(host, systems);
        await AnswerAsync(host, id, decision);
    }

    /// <summary>Runs the sample invoice to its end, approved by <see cref="Approve"/>.</summary>
    public static async Task<string> RunApprovedAsync(WorkflowTestHost host, GovernedInvoiceSystems systems)
    {
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);
        await ApproveAsync(host, systems, id, Approve);
        await host.WaitForCompletionAsync(id);
        return id;
    }

    /// <summary>Starts the small invoice and moves the clock past each retry the posting policy allows.</summary>
    public static async Task<string> StartAndExhaustErpRetriesAsync(WorkflowTestHost host)
    {
        string id = await StartAsync(host, SmallInvoice);
        await host.WaitForIdleAsync();
        for (int retry = 0; retry < 3; retry++)
        {
            await host.AdvanceTimeAsync(PastNextRetry);
        }

        return id;
    }

    // Records compare lists by reference; their JSON compares them by content.
    public static void AssertOutcome(InvoiceOutcome expected, WorkflowMetadata run) =>
        Assert.Equal(WorkflowJson.Serialize(expected), run.SerializedOutput);
}
