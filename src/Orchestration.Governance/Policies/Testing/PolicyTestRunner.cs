namespace Orchestration.Governance.Policies.Testing;

/// <summary>Runs policy test cases against bundles, in the manner of <c>opa test</c>.</summary>
public static class PolicyTestRunner
{
    /// <summary>Loads the bundles and test files of a directory and runs every case.</summary>
    /// <param name="directory">The policies directory.</param>
    /// <returns>One result per case.</returns>
    /// <exception cref="Files.GovernanceFileException">A bundle or test file is invalid.</exception>
    public static IReadOnlyList<PolicyTestResult> RunDirectory(string directory)
    {
        PolicyBundleCatalog catalog = new(PolicyBundleLoader.LoadDirectory(directory));
        return [.. PolicyTestLoader.LoadDirectory(directory).Select(testCase => Run(catalog, testCase))];
    }

    /// <summary>Runs one case.</summary>
    /// <param name="catalog">The bundles.</param>
    /// <param name="testCase">The case.</param>
    /// <returns>The result.</returns>
    public static PolicyTestResult Run(PolicyBundleCatalog catalog, PolicyTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(testCase);
        PolicyBundle bundle = testCase.Version is null ? catalog.GetActive(testCase.PolicyId) : catalog.Get(testCase.PolicyId, testCase.Version);
        PolicyDecision decision = bundle.Evaluate(testCase.Input);
        List<string> failures = [];
        if (decision.Outcome != testCase.Expected)
        {
            failures.Add($"expected {testCase.Expected}, got {decision.Outcome} ({string.Join("; ", decision.Reasons)})");
        }

        string[] matched = [.. decision.MatchedRules.Select(match => match.RuleId).Order(StringComparer.Ordinal)];
        if (testCase.ExpectedRules is { } rules && !matched.SequenceEqual(rules.Order(StringComparer.Ordinal)))
        {
            failures.Add($"expected rules [{string.Join(", ", rules)}] to match, matched [{string.Join(", ", matched)}]");
        }

        failures.AddRange(testCase.ExpectedReasons
            .Where(text => !decision.Reasons.Any(reason => reason.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(text => $"no reason mentions '{text}' (reasons: {string.Join("; ", decision.Reasons)})"));
        return new PolicyTestResult(testCase, failures.Count == 0, failures, decision);
    }
}
