using Orchestration.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Recording;

namespace Orchestration.Api.Tests.Infrastructure;

public sealed record EchoRequest(string Message, int Count);

public sealed record EchoReply(string Message, int Count);

public sealed record ApprovalCase(string CaseId, decimal Amount);

public sealed record ApprovalAnswer(bool Approved, string Approver);

/// <summary>Small workflows the API tests start, added to the dev server's registry next to the real processes.</summary>
public sealed class TestWorkflows : IWorkflowRegistration
{
    public const string Echo = "EchoWorkflow";
    public const string WaitForApproval = "WaitForApprovalWorkflow";
    public const string Failing = "FailingWorkflow";
    public const string ApprovalEvent = "Approval";
    public const string ShoutActivity = "ShoutActivity";
    public const string Evidenced = "EvidencedWorkflow";

    /// <summary>What <see cref="Evidenced"/> records before its seal record.</summary>
    public const int EvidencedRecordsBeforeSeal = 3;

    public void AddTo(WorkflowRegistry registry) => registry
        .AddWorkflow<EchoRequest, EchoReply>(Echo, static async (context, input) =>
            await context.CallActivityAsync<EchoReply>(ShoutActivity, input))
        .AddActivity<EchoRequest, EchoReply>(ShoutActivity, static (_, input) =>
            Task.FromResult(new EchoReply(input.Message.ToUpperInvariant(), input.Count)))
        .AddWorkflow<ApprovalCase, ApprovalAnswer>(WaitForApproval, static async (context, input) =>
        {
            context.SetCustomStatus(new { stage = "AwaitingApproval", input.CaseId });
            return await context.WaitForExternalEvent<ApprovalAnswer>(ApprovalEvent);
        })
        .AddWorkflow<EchoRequest, EchoReply>(Failing, static (_, input) =>
            throw new InvalidOperationException($"The ledger refused '{input.Message}'."))
        .AddWorkflow<EchoRequest, EchoReply>(Evidenced, RecordEvidenceAsync);

    // Records in two flushes, then seals: EvidencedRecordsBeforeSeal records and the seal record.
    private static async Task<EchoReply> RecordEvidenceAsync(IWorkflowContext context, EchoRequest input)
    {
        EvidenceRecorder recorder = new(context, "1.0");
        recorder.Record(new RunStartedDetails(EvidenceHasher.DigestOf(input), "api-tests"));
        recorder.Record(new DecisionDetails("echo", "shout", $"asked {input.Count} times"));
        await recorder.FlushAsync();
        recorder.Record(new RunCompletedDetails("completed"));
        await recorder.SealAsync();
        return new EchoReply(input.Message.ToUpperInvariant(), input.Count);
    }
}
