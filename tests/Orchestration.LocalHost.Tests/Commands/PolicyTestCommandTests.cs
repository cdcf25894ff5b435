using Orchestration.Governance;
using Orchestration.LocalHost.Commands;

namespace Orchestration.LocalHost.Tests.Commands;

public sealed class PolicyTestCommandTests : IDisposable
{
    private const string HiringBundle = "hiring";

    private readonly DirectoryInfo policies = Directory.CreateTempSubdirectory("of-policy-command-");
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task RunAsync_ShippedPolicies_Returns0WithNoFailures()
    {
        int exit = await PolicyTestCommand.RunAsync([], output, error);

        Assert.Equal((0, false), (exit, output.ToString().Contains("FAIL ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_ShippedPolicies_ReportsEveryCasePassed()
    {
        await PolicyTestCommand.RunAsync([], output, error);

        Assert.Matches(@"(?m)^[1-9]\d* passed, 0 failed$", output.ToString());
    }

    [Fact]
    public async Task RunAsync_CaseExpectingTheWrongOutcome_Returns1NamingTheCase()
    {
        CopyShippedBundle(HiringBundle);
        WriteTests("""
            bundle: hiring-shortlist
            cases:
              - name: a confident shortlist is wrongly expected to be denied
                input: {candidateId: C-1, criteria: "SQL and reporting", proposedBy: ai-agent, proposal: shortlist, confidence: 0.95}
                expect: {outcome: deny}
            """);

        int exit = await PolicyTestCommand.RunAsync([policies.FullName], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TestOfAnUnknownBundle_Returns2()
    {
        CopyShippedBundle(HiringBundle);
        WriteTests("""
            bundle: no-such-bundle
            cases:
              - name: nothing to evaluate
                input: {candidateId: C-1}
                expect: {outcome: allow}
            """);

        int exit = await PolicyTestCommand.RunAsync([policies.FullName], output, error);

        Assert.Equal((2, true), (exit, error.ToString().StartsWith("invalid:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_MalformedBundle_Returns2()
    {
        File.WriteAllText(Path.Combine(policies.FullName, "bundle.yaml"), "id: broken\nrules: [unclosed\n");

        int exit = await PolicyTestCommand.RunAsync([policies.FullName], output, error);

        Assert.Equal((2, true), (exit, error.ToString().StartsWith("invalid:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_MissingDirectory_Returns2()
    {
        string missing = Path.Combine(policies.FullName, "no-such-folder");

        int exit = await PolicyTestCommand.RunAsync([missing], output, error);

        Assert.Equal((2, true), (exit, error.ToString().Contains("no-such-folder", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        policies.Delete(recursive: true);
        output.Dispose();
        error.Dispose();
    }

    private void CopyShippedBundle(string bundle)
    {
        string shipped = Path.Combine(GovernancePaths.ResolvePoliciesDirectory(GovernanceOptions.DefaultPoliciesPath), bundle);
        DirectoryInfo copy = policies.CreateSubdirectory(bundle);
        File.Copy(Path.Combine(shipped, "bundle.yaml"), Path.Combine(copy.FullName, "bundle.yaml"));
    }

    private void WriteTests(string yaml) => File.WriteAllText(Path.Combine(policies.FullName, HiringBundle, "case.tests.yaml"), yaml);
}
