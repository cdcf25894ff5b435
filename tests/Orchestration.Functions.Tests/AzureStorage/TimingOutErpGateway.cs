using System.Diagnostics;
using Orchestration.Abstractions;
using Orchestration.Processes.Invoices;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// The ERP posting gateway timing out on its first calls, as the simulated ERP does when made flaky: a filter after
/// governance's throws what the gateway would, so the workflow's retry policy (200 ms, then 400 ms) takes over.
/// Records when each posting attempt was dispatched.
/// </summary>
/// <param name="timeouts">How many postings time out before one goes through.</param>
internal sealed class TimingOutErpGateway(int timeouts) : IWorkflowActivityFilter
{
    private readonly List<long> attempts = [];

    /// <summary>Gets the time from each posting attempt to the next, as measured here.</summary>
    public IReadOnlyList<TimeSpan> Gaps
    {
        get
        {
            lock (attempts)
            {
                return [.. attempts.Zip(attempts.Skip(1), (earlier, later) => Stopwatch.GetElapsedTime(earlier, later))];
            }
        }
    }

    public ValueTask OnActivityDispatchingAsync(WorkflowActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Name != nameof(PostInvoiceActivity))
        {
            return ValueTask.CompletedTask;
        }

        int attempt;
        lock (attempts)
        {
            attempts.Add(Stopwatch.GetTimestamp());
            attempt = attempts.Count;
        }

        return attempt <= timeouts
            ? throw new TimeoutException("The ERP posting gateway did not answer within 30 s.")
            : ValueTask.CompletedTask;
    }
}
