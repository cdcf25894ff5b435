using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// Where approval requests reach people. Here an in-memory queue that the console reads; the approvals issue
/// replaces it with signed links by email and Teams.
/// </summary>
public sealed class ApprovalInbox
{
    private readonly Channel<ApprovalRequest> requests = Channel.CreateUnbounded<ApprovalRequest>();
    private readonly ConcurrentDictionary<string, bool> delivered = new(StringComparer.Ordinal);

    /// <summary>
    /// Delivers a request to the approvers once per run and invoice: a re-run of the delivering activity
    /// (at-least-once) does not ask twice.
    /// </summary>
    /// <returns>True when this call delivered it.</returns>
    public bool Deliver(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return delivered.TryAdd($"{request.InstanceId}/{request.InvoiceNumber}", true) && requests.Writer.TryWrite(request);
    }

    /// <summary>Takes the next request if one is waiting.</summary>
    /// <returns>True when there was one.</returns>
    public bool TryNext([NotNullWhen(true)] out ApprovalRequest? request) => requests.Reader.TryRead(out request);

    /// <summary>Waits for the next request.</summary>
    public ValueTask<ApprovalRequest> NextAsync(CancellationToken cancellation) => requests.Reader.ReadAsync(cancellation);
}
