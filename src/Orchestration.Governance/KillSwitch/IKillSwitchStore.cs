namespace Orchestration.Governance.KillSwitch;

/// <summary>The persisted kill switches: an append-only history from which the engaged switches follow.</summary>
public interface IKillSwitchStore
{
    /// <summary>Reads the engaged switches.</summary>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The engaged switches.</returns>
    ValueTask<IReadOnlyList<KillSwitchState>> GetEngagedAsync(CancellationToken cancellation);

    /// <summary>Reads every change, oldest first.</summary>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The history.</returns>
    ValueTask<IReadOnlyList<KillSwitchChange>> GetHistoryAsync(CancellationToken cancellation);

    /// <summary>Appends a change; the store assigns its sequence and time.</summary>
    /// <param name="action">Engage or release.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="target">The workflow or agent; <c>*</c> for global.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why.</param>
    /// <param name="instances">The runs suspended or resumed with it.</param>
    /// <param name="cancellation">Cancels the write.</param>
    /// <returns>The stored change.</returns>
    /// <exception cref="InvalidOperationException">Releasing a switch that is not engaged.</exception>
    ValueTask<KillSwitchChange> AppendAsync(
        KillSwitchAction action, KillSwitchScope scope, string target, string actor, string reason, IReadOnlyList<string> instances, CancellationToken cancellation);
}
