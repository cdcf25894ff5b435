using Orchestration.Abstractions;
using Orchestration.Governance.Policies;
using Orchestration.TestKit;

namespace Orchestration.Governance.Tests.Policies;

public sealed class PolicyPinningTests
{
    private const string Limit = "rules:\n  - {id: limit, when: \"input.amount > LIMIT\", outcome: deny, reason: \"above LIMIT\"}\n  - {id: ok, when: \"input.amount <= LIMIT\", outcome: allow}\n";

    [Fact]
    public async Task Evaluate_RunStartedUnderV1_KeepsV1AfterRestartWithV2Active()
    {
        using TempPolicies temp = new();
        temp.Write("v1.bundle.yaml", TempPolicies.Header("1.0.0") + Limit.Replace("LIMIT", "1000", StringComparison.Ordinal));
        temp.Write("v2.bundle.yaml", TempPolicies.Header("2.0.0") + Limit.Replace("LIMIT", "100", StringComparison.Ordinal));
        IReadOnlyList<PolicyBundle> bundles = PolicyBundleLoader.LoadDirectory(temp.Root);
        PolicyBundleCatalog v1Active = new(bundles, new Dictionary<string, string> { ["test-policy"] = "1.0.0" });
        PolicyBundleCatalog v2Active = new(bundles);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => Register(registry, v1Active));
        string id = await host.Client.ScheduleNewWorkflowAsync("PaymentCheck", 500m);
        await host.WaitForIdleAsync();

        await host.RestartAsync(registry => Register(registry, v2Active));
        await host.Client.RaiseEventAsync(id, "Go");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        PolicyDecision? decision = run.ReadOutputAs<PolicyDecision>();
        Assert.Equal(("1.0.0", PolicyOutcome.Allow), (decision?.BundleVersion, decision?.Outcome));
        Assert.Equal(v1Active.GetActive("test-policy").Digest, decision?.BundleDigest);
    }

    [Fact]
    public void Get_PinWhoseContentChanged_Throws()
    {
        using TempPolicies temp = new();
        temp.Write("bundle.yaml", TempPolicies.Header("1.0.0") + Limit.Replace("LIMIT", "1000", StringComparison.Ordinal));
        PolicyBundleCatalog catalog = new(PolicyBundleLoader.LoadDirectory(temp.Root));

        Assert.Throws<InvalidOperationException>(() => catalog.Get(new PolicyPin("test-policy", "1.0.0", "sha256:00")));
    }

    private static void Register(WorkflowRegistry registry, PolicyBundleCatalog catalog)
    {
        PolicyGate gate = new(catalog);
        registry
            .AddActivity(new PinPolicyBundleActivity(catalog))
            .AddWorkflow<decimal, PolicyDecision>("PaymentCheck", async (context, amount) =>
            {
                PolicyPin pin = await PolicyGate.PinAsync(context, "test-policy");
                await context.WaitForExternalEvent<object?>("Go");
                return gate.Evaluate(pin, new { supplierId = "SUP-9", amount });
            });
    }
}
