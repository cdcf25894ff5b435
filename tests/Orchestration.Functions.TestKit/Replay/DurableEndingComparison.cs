using Orchestration.Abstractions;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// Compares how Durable Task ended the run in an episode (its complete-orchestration action) with the end the history
/// recorded there: the status, then the output, the failure or the next generation's input.
/// </summary>
internal static class DurableEndingComparison
{
    public static string? Difference(DurableEpisode episode, P.CompleteOrchestrationAction? completion)
    {
        WorkflowHistoryEvent? ending = episode.Ending;
        string? difference = (ending, completion) switch
        {
            (null, null) => null,
            (null, { } ended) => $"Durable Task {Describe(ended)} where the history is still running",
            ({ } recorded, null) => $"Durable Task is still running where the history {Describe(recorded)}",
            ({ } recorded, { } ended) => Compare(recorded, ended),
        };
        return difference is null ? null : $"the run's end (episode {episode.Number}): {difference}.";
    }

    private static string? Compare(WorkflowHistoryEvent recorded, P.CompleteOrchestrationAction ended)
    {
        if (ended.OrchestrationStatus != ExpectedStatus(recorded))
        {
            return $"Durable Task {Describe(ended)} where the history {Describe(recorded)}";
        }

        return ended.OrchestrationStatus switch
        {
            P.OrchestrationStatus.Completed when !DurablePayloads.SameValue(ended.Result, recorded.Result) =>
                $"Durable Task completed with {DurablePayloads.Show(ended.Result)} where the history has {DurablePayloads.Show(recorded.Result)}",
            P.OrchestrationStatus.ContinuedAsNew when !DurablePayloads.SameValue(ended.Result, recorded.Input) =>
                $"Durable Task continued as new with {DurablePayloads.Show(ended.Result)} where the history has {DurablePayloads.Show(recorded.Input)}",
            P.OrchestrationStatus.Failed when !SameFailure(ended.FailureDetails, recorded.Failure) =>
                $"Durable Task {Describe(ended)} where the history {Describe(recorded)}",
            _ => null,
        };
    }

    private static P.OrchestrationStatus ExpectedStatus(WorkflowHistoryEvent recorded) => recorded.EventType switch
    {
        WorkflowHistoryEventType.ContinuedAsNew => P.OrchestrationStatus.ContinuedAsNew,
        WorkflowHistoryEventType.ExecutionTerminated => P.OrchestrationStatus.Terminated,
        _ => DurableHistoryConverter.ToOrchestrationStatus(recorded.Status ?? WorkflowRuntimeStatus.Completed),
    };

    // The type and message are the decision; stack traces differ by machine and are not checked in.
    private static bool SameFailure(P.TaskFailureDetails? ended, WorkflowFailureDetails? recorded) =>
        string.Equals(ended?.ErrorType, recorded?.ErrorType, StringComparison.Ordinal)
        && string.Equals(ended?.ErrorMessage, recorded?.ErrorMessage, StringComparison.Ordinal);

    private static string Describe(P.CompleteOrchestrationAction ended) => ended.OrchestrationStatus switch
    {
        P.OrchestrationStatus.Completed => $"completed the run with {DurablePayloads.Show(ended.Result)}",
        P.OrchestrationStatus.ContinuedAsNew => "continued as new",
        P.OrchestrationStatus.Failed => $"failed the run ({ended.FailureDetails?.ErrorType}: {ended.FailureDetails?.ErrorMessage})",
        _ => $"ended the run {ended.OrchestrationStatus}",
    };

    private static string Describe(WorkflowHistoryEvent recorded) => recorded switch
    {
        { EventType: WorkflowHistoryEventType.ContinuedAsNew } => "continued as new",
        { EventType: WorkflowHistoryEventType.ExecutionTerminated } => "was terminated",
        { Status: WorkflowRuntimeStatus.Failed } => $"failed ({recorded.Failure})",
        _ => $"completed with {DurablePayloads.Show(recorded.Result)}",
    };
}
