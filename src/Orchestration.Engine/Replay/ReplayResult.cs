namespace Orchestration.Engine.Replay;

/// <summary>What replaying a history against the current workflow code found.</summary>
/// <param name="Succeeded">True when the code made the same decisions the history recorded.</param>
/// <param name="Divergence">The first divergence, naming the step, what history expected and what the code did.</param>
public sealed record ReplayResult(bool Succeeded, string? Divergence)
{
    internal static ReplayResult Success { get; } = new(true, null);

    internal static ReplayResult Diverged(string divergence) => new(false, divergence);
}
