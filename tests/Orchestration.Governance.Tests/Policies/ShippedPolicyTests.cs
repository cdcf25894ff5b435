using Orchestration.Governance.Agents;
using Orchestration.Governance.DataQuality;
using Orchestration.Governance.Policies;
using Orchestration.Governance.Policies.Testing;

namespace Orchestration.Governance.Tests.Policies;

public sealed class ShippedPolicyTests
{
    private static readonly PolicyBundleCatalog Catalog = new(PolicyBundleLoader.LoadDirectory(TempPolicies.ShippedDirectory));

    public static TheoryData<string> Cases()
    {
        TheoryData<string> cases = [];
        foreach (PolicyTestCase testCase in PolicyTestLoader.LoadDirectory(TempPolicies.ShippedDirectory))
        {
            cases.Add(testCase.ToString());
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_ShippedCase_Passes(string name)
    {
        PolicyTestCase testCase = PolicyTestLoader.LoadDirectory(TempPolicies.ShippedDirectory).Single(candidate => candidate.ToString() == name);

        PolicyTestResult result = PolicyTestRunner.Run(Catalog, testCase);

        Assert.True(result.Passed, string.Join("; ", result.Failures));
    }

    [Fact]
    public void LoadDirectory_ShippedBundles_AreDocumentIntakeHiringAndInvoicePayments()
    {
        Assert.Equal(["document-intake 1.0.0", "hiring-shortlist 1.0.0", "invoice-payments 1.0.0"], Catalog.All.Select(bundle => $"{bundle.Id} {bundle.Version}"));
    }

    [Fact]
    public void LoadFile_ShippedRegistry_BindsEveryInvoiceActivity()
    {
        AgentRegistry registry = AgentRegistryLoader.LoadFile(Path.Combine(TempPolicies.ShippedDirectory, "agents.yaml"));

        Assert.All(
            ["ValidateInvoiceActivity", "MatchInvoiceActivity", "RequestApprovalActivity", "PostInvoiceActivity"],
            activity => Assert.NotNull(registry.FindBinding(activity)));
    }

    [Fact]
    public void LoadFile_ShippedGates_GuardThePosting()
    {
        IReadOnlyDictionary<string, DataQualityGate> gates = DataQualityLoader.LoadFile(Path.Combine(TempPolicies.ShippedDirectory, "data-quality.yaml"));

        Assert.Equal(2, gates["PostInvoiceActivity"].Freshness.Count);
    }
}
