using System.Text.RegularExpressions;
using DurableTask.Core.Exceptions;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// Recognises the Durable Task SDK's own divergence report: replaying the past events, it fails the run with
/// <see cref="NonDeterministicOrchestrationException"/>, whose message names the step by its sequence number.
/// </summary>
internal static partial class DurableNonDeterminism
{
    public static string? Describe(P.CompleteOrchestrationAction? completion)
    {
        if (completion is not { OrchestrationStatus: P.OrchestrationStatus.Failed, FailureDetails: { } failure }
            || failure.ErrorType != typeof(NonDeterministicOrchestrationException).FullName)
        {
            return null;
        }

        string found = $"Durable Task found the code non-deterministic: {failure.ErrorMessage}";
        Match step = SequenceNumber().Match(failure.ErrorMessage);
        return step.Success ? $"step #{step.Groups[1].Value}: {found}" : found;
    }

    // "... scheduled an activity task with sequence number 2 named 'X' ..." (older releases say "sequence ID 2").
    [GeneratedRegex(@"sequence (?:number|ID) (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex SequenceNumber();
}
