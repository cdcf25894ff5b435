using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Invoices;

public sealed class InvoiceEvidenceTests
{
    private static readonly EvidenceKind[] ApprovedRun =
    [
        EvidenceKind.RunStarted, EvidenceKind.Decision, EvidenceKind.Decision, EvidenceKind.Decision, EvidenceKind.PolicyEvaluation,
        EvidenceKind.Decision, EvidenceKind.HumanTask, EvidenceKind.HumanAnswer, EvidenceKind.ConnectorCall, EvidenceKind.Decision,
        EvidenceKind.RunCompleted, EvidenceKind.Seal,
    ];

    [Fact]
    public async Task RunAsync_ApprovedRun_LedgerVerifiesIntactAndSealed()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await RunApprovedAsync(host, systems);

        EvidenceVerification verification = await systems.VerifyAsync(id);

        Assert.True(verification is { IsIntact: true, IsSealed: true }, verification.Describe());
    }

    [Fact]
    public async Task RunAsync_ApprovedRun_RecordsThePolicyEvaluationUnderThePinnedBundle()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await RunApprovedAsync(host, systems);

        PolicyEvaluationDetails evaluation = Assert.Single((await systems.DetailsAsync(id)).OfType<PolicyEvaluationDetails>());

        PolicyPin pinned = systems.Get<PolicyBundleCatalog>().Pin(InvoicePaymentPolicy.PolicyId);
        Assert.Equal(
            (pinned.PolicyId, pinned.Version, pinned.Digest, "require-approval", "approval-above-10k"),
            (evaluation.PolicyId, evaluation.BundleVersion, evaluation.BundleDigest, evaluation.Outcome, Assert.Single(evaluation.DecidingRules)));
    }

    [Fact]
    public async Task RunAsync_ApprovedRun_StoresThePolicyInputUnderItsInputsDigest()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await RunApprovedAsync(host, systems);

        PolicyEvaluationDetails evaluation = Assert.Single((await systems.DetailsAsync(id)).OfType<PolicyEvaluationDetails>());

        Assert.NotNull(await systems.Ledger.GetPayloadAsync(evaluation.InputsDigest));
    }

    [Fact]
    public async Task RunAsync_ApprovedRun_RecordsWhoAnsweredWhatTheySawAndWhen()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await RunApprovedAsync(host, systems);

        IReadOnlyList<EvidenceDetails> details = await systems.DetailsAsync(id);

        HumanTaskDetails task = Assert.Single(details.OfType<HumanTaskDetails>());
        HumanAnswerDetails answer = Assert.Single(details.OfType<HumanAnswerDetails>());
        Assert.Equal(
            (task.TaskId, Approve.Approver, "event:InvoiceApproval", "approve", task.EvidenceDigest, host.Time.GetUtcNow()),
            (answer.TaskId, answer.AnsweredBy, answer.Channel, answer.Answer, answer.SeenDigest, answer.AnsweredAt));
    }

    [Fact]
    public async Task RunAsync_RequesterApprovesOwnInvoice_RecordsASegregationOfDutiesRefusal()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);
        await ApproveAsync(host, systems, id, ApproveOwnInvoice);
        await AnswerAsync(host, id, Approve);
        await host.WaitForCompletionAsync(id);

        RefusalDetails refusal = Assert.Single((await systems.DetailsAsync(id)).OfType<RefusalDetails>());

        Assert.Equal(("approval", "segregation-of-duties"), (refusal.Step, refusal.Code));
    }

    [Fact]
    public async Task RunAsync_ErpPosterKillSwitchEngaged_RecordsTheRefusalAndSealsARefusedRun()
    {
        using GovernedInvoiceSystems systems = new();
        await systems.Get<KillSwitchService>().EngageAsync(KillSwitchScope.Agent, "erp-poster", "ops@contoso.example", "ERP cut-over", suspendRunning: false);
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SmallInvoice);
        await host.WaitForCompletionAsync(id);

        IReadOnlyList<EvidenceDetails> details = await systems.DetailsAsync(id);

        RefusalDetails refusal = Assert.Single(details.OfType<RefusalDetails>());
        Assert.Equal((nameof(PostInvoiceActivity), "kill-switch-engaged"), (refusal.Step, refusal.Code));
        Assert.Equal("refused", Assert.Single(details.OfType<RunCompletedDetails>()).Outcome);
        Assert.IsType<SealDetails>(details[^1]);
    }

    [Fact]
    public async Task RunAsync_SanctionedSupplier_RecordsTheDenyAndNoPosting()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SanctionedInvoice);
        await host.WaitForCompletionAsync(id);

        IReadOnlyList<EvidenceDetails> details = await systems.DetailsAsync(id);

        Assert.Equal(["sanctioned-supplier"], Assert.Single(details.OfType<PolicyEvaluationDetails>()).DecidingRules);
        Assert.Equal("policy-denied", Assert.Single(details.OfType<RefusalDetails>()).Code);
        Assert.Empty(details.OfType<ConnectorCallDetails>());
    }

    [Fact]
    public async Task RunAsync_ErpTimesOutOnEveryAttempt_SealsTheLedgerWithAFailedEnd()
    {
        using GovernedInvoiceSystems systems = new(flakyPostings: int.MaxValue);
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAndExhaustErpRetriesAsync(host);
        await host.WaitForCompletionAsync(id);

        IReadOnlyList<EvidenceDetails> details = await systems.DetailsAsync(id);
        Assert.Equal(("failed", EvidenceKind.Seal), (details[^2] is RunCompletedDetails ended ? ended.Outcome : null, details[^1].Kind));
    }

    [Fact]
    public async Task RestartAsync_WhileWaitingForApproval_NeitherDuplicatesNorLosesRecords()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);
        await RequestedApprovalAsync(host, systems);

        await host.RestartAsync();
        await AnswerAsync(host, id, Approve);
        await host.WaitForCompletionAsync(id);

        IReadOnlyList<EvidenceRecord> records = await systems.Ledger.ReadRunAsync(id);
        Assert.Equal(ApprovedRun, records.Select(record => record.Kind));
        Assert.True((await systems.VerifyAsync(id)).IsIntact);
    }
}
