using System.Text.Json;
using Microsoft.DurableTask;
using Orchestration.Abstractions;

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

    private static WorkflowTaskFailedException ToWorkflowException(TaskFailedException failed) =>
        new(failed.TaskName, failed.TaskId, ToWorkflowDetails(failed.FailureDetails));
}
