using Orchestration.Abstractions;
using Orchestration.Governance.Records;

namespace Orchestration.Governance.Refusals;

/// <summary>
/// The shape every governance filter shares: check the call, and on a refusal record it and throw
/// <see cref="GovernanceRefusalException"/> so that the activity does not run. A check that itself fails refuses:
/// governance fails closed.
/// </summary>
/// <param name="records">Where refusals are recorded.</param>
/// <param name="time">The clock for the records.</param>
public abstract class GovernanceFilter(IGovernanceRecordSink records, TimeProvider time) : IWorkflowActivityFilter
{
    /// <summary>Gets the clock governance decisions are timed and measured with.</summary>
    protected TimeProvider Time => time;

    /// <inheritdoc/>
    public async ValueTask OnActivityDispatchingAsync(WorkflowActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        GovernanceRefusal? refusal;
        try
        {
            refusal = await CheckAsync(context, input);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            refusal = new GovernanceRefusal(RefusalCodes.GovernanceError, $"{GetType().Name} could not check the call, so it is refused: {error.Message}");
        }

        if (refusal is null)
        {
            return;
        }

        refusal = refusal.At(context.Name, context.InstanceId);
        try
        {
            await records.RecordAsync(new RefusalRecord(refusal, time.GetUtcNow()), context.CancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The refusal stands whether or not it could be recorded; the failure travels in its details.
            refusal = refusal with { Details = new Dictionary<string, string>(refusal.Details) { ["recordError"] = error.Message } };
        }

        throw new GovernanceRefusalException(refusal);
    }

    /// <summary>Checks one call.</summary>
    /// <param name="context">The activity and run.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>Null to let the call run; otherwise the refusal.</returns>
    protected abstract ValueTask<GovernanceRefusal?> CheckAsync(WorkflowActivityContext context, object? input);
}
