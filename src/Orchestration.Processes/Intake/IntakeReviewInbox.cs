using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Orchestration.Processes.Intake;

/// <summary>
/// Where intake reviews reach people: an in-memory queue the console reads, like the approvals inbox, until the
/// approvals issue brings email, Teams and signed links.
/// </summary>
public sealed class IntakeReviewInbox
{
    private readonly Channel<IntakeReviewRequest> requests = Channel.CreateUnbounded<IntakeReviewRequest>();
    private readonly ConcurrentDictionary<string, bool> delivered = new(StringComparer.Ordinal);

    /// <summary>Delivers a request once per run: a re-run of the delivering activity does not ask twice.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when this call delivered it.</returns>
    public bool Deliver(IntakeReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return delivered.TryAdd(request.InstanceId, true) && requests.Writer.TryWrite(request);
    }

    /// <summary>Takes the next request if one is waiting.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when there was one.</returns>
    public bool TryNext([NotNullWhen(true)] out IntakeReviewRequest? request) => requests.Reader.TryRead(out request);
}
