using Orchestration.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Recording;

namespace Orchestration.Evidence.Tests.Recording;

/// <summary>A workflow that records a policy gate, a human approval and its end, then seals: 6 records and a seal record.</summary>
public sealed class ApprovalEvidenceWorkflow : Workflow<string, long>
{
    public const string ApprovalEvent = "Approval";
    public const int RecordsBeforeSeal = 6;

    public static readonly WorkflowTaskOptions FastRetry = new(new WorkflowRetryPolicy(3, TimeSpan.FromSeconds(1)));

    public override async Task<long> RunAsync(IWorkflowContext context, string input)
    {
        EvidenceRecorder recorder = new(context, "1.0", options: FastRetry);
        recorder.Record(new RunStartedDetails(EvidenceHasher.DigestOf(input), "test"));
        recorder.Record(new PolicyEvaluationDetails("invoice-limits", "2026.1", EvidenceHasher.DigestOf("bundle"), EvidenceHasher.DigestOf(input), "review", ["limit-10k"]));
        recorder.Record(new DecisionDetails("approval", "route-to-human", "amount over 10k"));
        await recorder.FlushAsync();
        recorder.Record(new HumanTaskDetails("task-1", "approval", ["finance-approvers"], context.CurrentUtcDateTime.AddDays(1), EvidenceHasher.DigestOf(input)));
        await recorder.FlushAsync();
        string approver = await context.WaitForExternalEvent<string>(ApprovalEvent);
        recorder.Record(new HumanAnswerDetails("task-1", approver, "email", context.CurrentUtcDateTime, "approve", EvidenceHasher.DigestOf(input)), actor: approver);
        recorder.Record(new RunCompletedDetails("completed"));
        RunSeal seal = await recorder.SealAsync();
        return seal.RecordCount;
    }
}
