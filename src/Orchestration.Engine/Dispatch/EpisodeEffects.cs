using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Dispatch;

/// <summary>What to set in motion after an episode's commit is durable (never before).</summary>
internal sealed record EpisodeEffects(
    IReadOnlyList<ActivityWorkItem> Activities,
    bool TimersAdded,
    IReadOnlyList<string> Woken,
    bool Changed)
{
    public static EpisodeEffects None { get; } = new([], false, [], false);
}
