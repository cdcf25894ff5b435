namespace Orchestration.Governance.Guardrails;

/// <summary>What a screen decided about a text.</summary>
/// <param name="Passed">True when the text may go on.</param>
/// <param name="Findings">Why it may not: each pattern or category found, for people and evidence.</param>
public sealed record GuardrailVerdict(bool Passed, IReadOnlyList<string> Findings)
{
    /// <summary>Gets the verdict for a clean text.</summary>
    public static GuardrailVerdict Pass { get; } = new(true, []);

    /// <summary>Creates a failing verdict.</summary>
    /// <param name="findings">What was found.</param>
    /// <returns>The verdict.</returns>
    public static GuardrailVerdict Fail(IEnumerable<string> findings) => new(false, [.. findings]);
}
