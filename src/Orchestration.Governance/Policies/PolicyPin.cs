namespace Orchestration.Governance.Policies;

/// <summary>
/// The bundle a run evaluates with, fixed when the run starts and kept in its history, so replays evaluate the same
/// rules even after another version becomes active.
/// </summary>
/// <param name="PolicyId">The bundle id.</param>
/// <param name="Version">The bundle version.</param>
/// <param name="Digest">The bundle's content digest; a bundle whose content changed under the same version is refused.</param>
public sealed record PolicyPin(string PolicyId, string Version, string Digest);
