using System.Text.Json;
using Microsoft.DurableTask;
using Orchestration.Abstractions;
using CoreFailureDetails = DurableTask.Core.FailureDetails;
using OrchestrationException = DurableTask.Core.Exceptions.OrchestrationException;
using CoreTaskFailedException = DurableTask.Core.Exceptions.TaskFailedException;

namespace Orchestration.Functions.Durable;

/// <summary>
/// Turns Durable Functions' <see cref="TaskFailedException"/> into the seam's <see cref="WorkflowTaskFailedException"/>,
/// so workflow code catches the same exception on both runtimes. The awaits continue on the orchestrator's thread.
/// </summary>
internal static class DurableFailures
{
    public static async Task Translate(Task<JsonElement> call)
    {
        try
        {
            await call;
        }
        catch (TaskFailedException failed)
        {
            throw ToWorkflowException(failed);
        }
    }

    public static async Task<T> Translate<T>(Task<JsonElement> call)
    {
        try
        {
            return DurablePayload.Read<T>(await call)!;
        }
        catch (TaskFailedException failed)
        {
            throw ToWorkflowException(failed);
        }
    }

    public static async Task<T> Read<T>(Task<JsonElement> call) => DurablePayload.Read<T>(await call)!;

    /// <summary>
    /// Reads the failure of a failed run whose metadata carries none, from its output. Azure Storage, Durable
    /// Functions' default backend, keeps no failure details for a run: it stores DurableTask.Core's
    /// <c>FailureDetails.ToString()</c>, <c>"ErrorType: ErrorMessage"</c>, as the failed run's output.
    /// </summary>
    /// <param name="output">The failed run's output.</param>
    /// <returns>The failure, or null when the output holds none.</returns>
    public static WorkflowFailureDetails? FromFailedRunOutput(string? output)
    {
        int separator = output?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
        return separator > 0 && !output![..separator].Any(char.IsWhiteSpace)
            ? new WorkflowFailureDetails(output[..separator], output[(separator + 2)..])
            : null;
    }

    public static WorkflowFailureDetails ToWorkflowDetails(TaskFailureDetails details) => new(
        details.ErrorType,
        details.ErrorMessage,
        details.StackTrace,
        details.InnerFailure is null ? null : ToWorkflowDetails(details.InnerFailure));

    /// <summary>
    /// Makes what workflow code threw fail the orchestration with the failure details the engine records for it
    /// (<see cref="WorkflowFailureDetails.FromException"/>): Durable Task would otherwise record a re-thrown
    /// <see cref="WorkflowTaskFailedException"/> without the failure it carries, which travels as a record, not as an
    /// inner exception. The Durable Task Framework records the details of a failure it knows (its own task failure)
    /// as they are. Its own exceptions (non-determinism, aborts) pass untouched.
    /// </summary>
    /// <param name="thrown">What escaped the workflow code.</param>
    /// <returns>The exception to fail the orchestration with.</returns>
    public static Exception ToOrchestrationFailure(Exception thrown) => thrown switch
    {
        OrchestrationException => thrown,
        _ when thrown.GetType().Namespace?.StartsWith("Microsoft.DurableTask", StringComparison.Ordinal) == true => thrown,
        _ => new CoreTaskFailedException(thrown.Message, thrown) { FailureDetails = ToCoreDetails(WorkflowFailureDetails.FromException(thrown)) },
    };

    private static CoreFailureDetails ToCoreDetails(WorkflowFailureDetails details) => new(
        details.ErrorType,
        details.ErrorMessage,
        details.StackTrace,
        details.InnerFailure is null ? null : ToCoreDetails(details.InnerFailure),
        isNonRetriable: false);

    private static WorkflowTaskFailedException ToWorkflowException(TaskFailedException failed) =>
        new(failed.TaskName, failed.TaskId, ToWorkflowDetails(failed.FailureDetails));
}
