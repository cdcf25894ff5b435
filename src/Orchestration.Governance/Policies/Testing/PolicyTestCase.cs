using System.Text.Json;

namespace Orchestration.Governance.Policies.Testing;

/// <summary>One policy test case from a <c>*.tests.yaml</c> file: an input and what the bundle must decide.</summary>
/// <param name="File">The test file, relative to the policies directory.</param>
/// <param name="Line">The case's line.</param>
/// <param name="Name">The case's name.</param>
/// <param name="PolicyId">The bundle under test.</param>
/// <param name="Version">The version under test; null for the active one.</param>
/// <param name="Input">The decision input.</param>
/// <param name="Expected">The expected outcome.</param>
public sealed record PolicyTestCase(string File, int Line, string Name, string PolicyId, string? Version, JsonElement Input, PolicyOutcome Expected)
{
    /// <summary>Gets the rule ids that must match, exactly; null to leave them unchecked.</summary>
    public IReadOnlyList<string>? ExpectedRules { get; init; }

    /// <summary>Gets texts that must each appear in one of the decision's reasons.</summary>
    public IReadOnlyList<string> ExpectedReasons { get; init; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line} {Name}";
}

/// <summary>The result of one policy test case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Passed">True when the decision met every expectation.</param>
/// <param name="Failures">What did not match, for people.</param>
/// <param name="Decision">The decision the bundle made.</param>
public sealed record PolicyTestResult(PolicyTestCase Case, bool Passed, IReadOnlyList<string> Failures, PolicyDecision Decision);
