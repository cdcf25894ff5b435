using Orchestration.Abstractions;
using Orchestration.Agents.Port;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Records;
using Orchestration.Processes.Agents;

namespace Orchestration.Processes.Intake;

/// <summary>The intake run's ledger: the agents' calls and answers, the routing decision, the review, the outcome.</summary>
internal sealed class IntakeEvidence(IWorkflowContext context, EvidenceRecorder recorder) : ProcessEvidence(context, recorder)
{
    /// <summary>How a reviewer's answer reaches the run: the external event, raised by the console or the API.</summary>
    public const string AnswerChannel = "event:" + SupplierDocumentIntakeWorkflow.ReviewEvent;

    public void RunStarted(DocumentIntakeRequest request)
    {
        PayloadReference input = Attach("input", request);
        Recorder.Record(new RunStartedDetails(input.Digest, request.RequestedBy), request.RequestedBy, payloads: [input]);
    }

    // The call first (what the agent was asked and how it went), then what the run takes from it.
    public void AgentAnswered<TResult>(string step, AgentOutcome<TResult> outcome)
        where TResult : class
    {
        AgentCallEvidence.Record(Recorder, outcome.Call);
        if (outcome.Refusal is { } refusal)
        {
            Refused(step, refusal.Code, refusal.Reason);
            return;
        }

        Decide(step, "proposed", $"{outcome.Call.AgentId} proposed with confidence {outcome.Confidence}: {outcome.Rationale}", outcome.Call.ResultDigest);
    }

    public string ReviewOpened(string taskId, IntakeReviewRequest request, DateTime dueAt)
    {
        PayloadReference shown = Attach("document", request);
        Recorder.Record(new HumanTaskDetails(taskId, "review", [request.Role], Utc(dueAt), shown.Digest), payloads: [shown]);
        return shown.Digest;
    }

    public void Routed(string taskId, IReadOnlyList<string> routedTo, IReadOnlyList<string> reasons) =>
        Recorder.Record(new EscalationDetails(taskId, 1, routedTo, string.Join(" ", reasons)));

    public void ReviewAnswered(string taskId, IntakeReview answer, string seenDigest) =>
        Recorder.Record(
            new HumanAnswerDetails(taskId, answer.Reviewer, AnswerChannel, Utc(Context.CurrentUtcDateTime),
                answer.Submit ? "submit" : "withdraw", seenDigest, answer.Comment),
            answer.Reviewer);

    public void Ended(IntakeOutcome outcome)
    {
        Decide("outcome", outcome.Status.ToString().ToLowerInvariant(), string.Join("; ", outcome.Reasons), Digest(outcome));
        Recorder.Record(new RunCompletedDetails(outcome.Status == IntakeStatus.Refused ? "refused" : "completed", Digest(outcome)));
    }
}
