using System.Globalization;
using Orchestration.Abstractions;

namespace Orchestration.Api.Scheduling;

/// <summary>
/// What a schedule trigger forwards to: one run per occurrence, under an instance id derived from the workflow and the
/// occurrence's time. A timer that fires twice for one occurrence (timer triggers are at least once, and a scaled-out
/// app may run one on two instances) then starts nothing the second time.
/// </summary>
public static class ScheduledStarts
{
    /// <summary>Starts the occurrence's run unless it exists.</summary>
    /// <param name="client">The runtime's client.</param>
    /// <param name="workflowName">The scheduled workflow.</param>
    /// <param name="occurrence">The occurrence's scheduled time (UTC), the same on every firing for it.</param>
    /// <param name="input">The run's input.</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The instance id, and whether this call started it.</returns>
    public static async Task<(string InstanceId, bool Started)> StartOnceAsync(
        IWorkflowClient client, string workflowName, DateTime occurrence, object? input = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string instanceId = InstanceIdFor(workflowName, occurrence);
        try
        {
            await client.ScheduleNewWorkflowAsync(workflowName, input, new StartWorkflowOptions(instanceId), cancellation);
            return (instanceId, true);
        }
        catch (WorkflowInstanceExistsException)
        {
            return (instanceId, false);
        }
    }

    /// <summary>Derives an occurrence's instance id: <c>{workflow}-{yyyyMMddTHHmmssZ}</c>.</summary>
    /// <param name="workflowName">The scheduled workflow.</param>
    /// <param name="occurrence">The occurrence's scheduled time; a local or unspecified time is taken as UTC.</param>
    /// <returns>The instance id.</returns>
    public static string InstanceIdFor(string workflowName, DateTime occurrence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        DateTime utc = occurrence.Kind == DateTimeKind.Utc ? occurrence : DateTime.SpecifyKind(occurrence, DateTimeKind.Utc);
        return string.Create(CultureInfo.InvariantCulture, $"{workflowName}-{utc:yyyyMMdd'T'HHmmss'Z'}");
    }
}
