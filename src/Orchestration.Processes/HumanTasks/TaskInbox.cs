using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Orchestration.Processes.HumanTasks;

/// <summary>
/// Where a process's requests to people wait: an in-memory queue the console and the tests read, until the approvals
/// issue brings email, Teams and signed links. Each request is delivered once: a re-run of the delivering activity
/// (at-least-once) does not ask twice.
/// </summary>
/// <typeparam name="TRequest">The request people are sent.</typeparam>
public abstract class TaskInbox<TRequest>
    where TRequest : class
{
    private readonly Channel<TRequest> requests = Channel.CreateUnbounded<TRequest>();
    private readonly ConcurrentDictionary<string, bool> delivered = new(StringComparer.Ordinal);

    /// <summary>Delivers a request unless one with the same delivery key was delivered before.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when this call delivered it.</returns>
    public bool Deliver(TRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return delivered.TryAdd(DeliveryKey(request), true) && requests.Writer.TryWrite(request);
    }

    /// <summary>Takes the next request if one is waiting.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when there was one.</returns>
    public bool TryNext([NotNullWhen(true)] out TRequest? request) => requests.Reader.TryRead(out request);

    /// <summary>Waits for the next request.</summary>
    /// <param name="cancellation">Stops the wait.</param>
    /// <returns>The request.</returns>
    public ValueTask<TRequest> NextAsync(CancellationToken cancellation) => requests.Reader.ReadAsync(cancellation);

    /// <summary>Gets what makes two deliveries the same request (the run, and the item it asks about).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The key.</returns>
    protected abstract string DeliveryKey(TRequest request);
}
