using Orchestration.Abstractions;
using Orchestration.Evidence.Records;
using Orchestration.Governance.KillSwitch;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.IntakeRuns;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Intake;

/// <summary>The intake workflow on the embedded engine, its agents the local implementations the host runs with no model.</summary>
public sealed class SupplierDocumentIntakeWorkflowTests
{
    [Fact]
    public async Task RunAsync_PrintedInvoice_SubmitsTheExtractedFieldsToInvoiceToPayment()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        await StartAsync(host, SampleDocuments.LaptopInvoice);

        ApprovalRequest request = await RequestedApprovalAsync(host, systems);

        Assert.Equal((SampleInvoices.LaptopInvoice.InvoiceNumber, SampleInvoices.LaptopInvoice.Amount, SampleInvoices.LaptopInvoice.Currency),
            (request.InvoiceNumber, request.Amount, request.Currency));
    }

    [Fact]
    public async Task RunAsync_PrintedInvoiceApproved_EndsSubmittedWithTheInvoicePosted()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.LaptopInvoice);
        await RequestedApprovalAsync(host, systems);

        await AnswerAsync(host, SupplierDocumentIntakeWorkflow.InvoiceInstanceId(id), Approve);
        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Submitted, InvoiceStatus.Posted), (outcome.Status, outcome.Invoice?.Status));
    }

    [Fact]
    public async Task RunAsync_PaymentReminder_RoutesItToCorrespondenceAndPaysNothing()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.PaymentReminder);

        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Routed, "ap-correspondence", 0), (outcome.Status, outcome.RoutedTo, systems.Erp.PostingCalls));
    }

    [Fact]
    public async Task RunAsync_DocumentLikeNoKnownKind_AsksAClerkToSortIt()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        await StartAsync(host, Newsletter);

        IntakeReviewRequest request = await RequestedReviewAsync(host, systems);

        Assert.Equal(("ap-clerk", (DocumentKind?)null), (request.Role, request.ProposedKind));
    }

    [Fact]
    public async Task RunAsync_ClerkWithdrawsTheDocument_EndsWithdrawnByTheClerk()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, Newsletter);
        await RequestedReviewAsync(host, systems);

        await ReviewAsync(host, id, new IntakeReview(Clerk, Submit: false, Comment: "A newsletter, not an invoice"));
        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Withdrawn, Clerk), (outcome.Status, outcome.ReviewedBy));
    }

    [Fact]
    public async Task RunAsync_RequesterReviewsOwnDocument_KeepsWaitingAndSubmitsNothing()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, Newsletter);
        await RequestedReviewAsync(host, systems);

        await ReviewAsync(host, id, Submits(LaptopInvoiceFields, reviewer: Newsletter.RequestedBy));
        WorkflowMetadata run = await host.GetRequiredInstanceAsync(id);

        Assert.Equal((WorkflowRuntimeStatus.Running, 0), (run.RuntimeStatus, systems.Erp.PostingCalls));
    }

    [Fact]
    public async Task RunAsync_NoReviewWithinTwoDays_EndsUnreviewedWithNothingSubmitted()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, Newsletter);
        await RequestedReviewAsync(host, systems);

        await host.AdvanceTimeAsync(SupplierDocumentIntakeWorkflow.ReviewTimeout);
        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Unreviewed, 0), (outcome.Status, systems.Erp.PostingCalls));
    }

    [Fact]
    public async Task RunAsync_InstructionHiddenInTheDocument_IsRefusedBeforeAnyAgentReadsIt()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, InjectedInvoice);

        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.Equal(IntakeStatus.Refused, outcome.Status);
        Assert.StartsWith("ClassifyDocumentActivity was refused by governance (prompt-injection)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClassifierKillSwitchEngaged_RefusesWithTheGovernanceCode()
    {
        using GovernedInvoiceSystems systems = new();
        await systems.Get<KillSwitchService>().EngageAsync(KillSwitchScope.Agent, IntakeAgents.DocumentClassifier, "ops@contoso.example", "Model incident", suspendRunning: false);
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.LaptopInvoice);

        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.StartsWith("ClassifyDocumentActivity was refused by governance (kill-switch-engaged)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PrintedInvoice_RecordsEachAgentCallWithTheLocalImplementation()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.LaptopInvoice);
        await RequestedApprovalAsync(host, systems);
        await AnswerAsync(host, SupplierDocumentIntakeWorkflow.InvoiceInstanceId(id), Approve);
        await host.WaitForCompletionAsync(id);

        IReadOnlyList<ModelCallDetails> calls = [.. (await systems.DetailsAsync(id)).OfType<ModelCallDetails>()];

        Assert.Equal(
            [(IntakeAgents.DocumentClassifier, "local"), (IntakeAgents.InvoiceExtractor, "local")],
            calls.Select(call => (call.AgentId, call.Implementation)));
    }
}
