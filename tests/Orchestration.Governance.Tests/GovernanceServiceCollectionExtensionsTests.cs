using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Abstractions;
using Orchestration.Governance.Policies;

namespace Orchestration.Governance.Tests;

public sealed class GovernanceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddGovernance_ShippedPolicies_RegistersFiltersAndPinActivity()
    {
        using TempPolicies temp = new();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Governance:PoliciesPath"] = TempPolicies.ShippedDirectory,
            ["Governance:KillSwitchFile"] = Path.Combine(temp.Root, "kill-switches.json"),
        }).Build();
        using ServiceProvider services = new ServiceCollection().AddGovernance(configuration).BuildServiceProvider();
        WorkflowRegistry registry = new();

        foreach (IWorkflowRegistration registration in services.GetServices<IWorkflowRegistration>())
        {
            registration.AddTo(registry);
        }

        Assert.Contains(nameof(PinPolicyBundleActivity), registry.ActivityNames);
        Assert.Equal("1.0.0", services.GetRequiredService<PolicyBundleCatalog>().GetActive("invoice-payments").Version);
    }
}
