using Orchestration.Governance;
using Orchestration.Governance.Files;
using Orchestration.Governance.Policies.Testing;

namespace Orchestration.LocalHost.Commands;

/// <summary>
/// <c>policy test [dir]</c>: runs every policy test case stored next to the bundles, in the manner of <c>opa test</c>.
/// Exit 0 when all pass, 1 when any fails, 2 when a bundle or test file is invalid.
/// </summary>
public static class PolicyTestCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        IReadOnlyList<PolicyTestResult> results;
        try
        {
            string directory = GovernancePaths.ResolvePoliciesDirectory(args.Count > 0 ? args[0] : GovernanceOptions.DefaultPoliciesPath);
            output.WriteLine($"Policy tests in {directory}");
            results = PolicyTestRunner.RunDirectory(directory);
        }
        catch (Exception invalid) when (invalid is GovernanceFileException or DirectoryNotFoundException or KeyNotFoundException or InvalidOperationException)
        {
            error.WriteLine($"invalid: {invalid.Message}");
            return Task.FromResult(2);
        }

        foreach (PolicyTestResult result in results)
        {
            output.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Case}");
            foreach (string failure in result.Failures)
            {
                output.WriteLine($"     {failure}");
            }
        }

        int failed = results.Count(result => !result.Passed);
        output.WriteLine($"{results.Count - failed} passed, {failed} failed");
        return Task.FromResult(failed > 0 ? 1 : 0);
    }
}
