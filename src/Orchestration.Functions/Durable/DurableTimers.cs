using Microsoft.DurableTask;

namespace Orchestration.Functions.Durable;

/// <summary>
/// Durable timers that never fire before their time, as the embedded engine's do. Azure Storage, Durable Functions'
/// default backend, delays a timer's queue message by whole seconds (the rest is dropped), so a timer fires up to a
/// second early, and one under a second (the invoice's 200 ms ERP retry) at once. A timer that fired early is set
/// again for what is left, by the orchestration's own clock, so replays take the same decisions; on a backend with
/// exact timers the loop never turns.
/// </summary>
internal static class DurableTimers
{
    public static async Task WaitUntilAsync(TaskOrchestrationContext context, DateTime fireAt, CancellationToken cancellation)
    {
        // The SDK takes the time as UTC the same way.
        DateTime due = fireAt.ToUniversalTime();
        do
        {
            await context.CreateTimer(due, cancellation);
        }
        while (context.CurrentUtcDateTime < due);
    }
}
