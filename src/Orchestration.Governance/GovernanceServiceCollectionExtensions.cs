using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestration.Abstractions;
using Orchestration.Governance.Agents;
using Orchestration.Governance.DataQuality;
using Orchestration.Governance.Guardrails;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;
using Orchestration.Governance.Records;

namespace Orchestration.Governance;

/// <summary>Registers governance in dependency injection.</summary>
public static class GovernanceServiceCollectionExtensions
{
    /// <summary>
    /// Loads the policy bundles, agent registry and data-quality gates from the paths in the <c>Governance</c>
    /// section (an invalid file fails here, at start), registers the kill switch store and service, and an
    /// <see cref="IWorkflowRegistration"/> that adds the dispatch filters. The record sink, reference data, clock and
    /// kill switch store (a file by default) are added only when none is registered, so a host may register its own
    /// first: the product's hosts keep kill switches in the evidence ledger.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGovernance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        GovernanceOptions options = Bind(configuration.GetSection(GovernanceOptions.SectionName));
        string policies = GovernancePaths.ResolvePoliciesDirectory(options.PoliciesPath);
        PolicyBundleCatalog catalog = new(PolicyBundleLoader.LoadDirectory(policies), options.ActiveVersions);
        AgentRegistry agents = AgentRegistryLoader.LoadFile(GovernancePaths.ResolveFile(options.AgentsFile, policies, "agents.yaml"), policies)
            .WithExempt([nameof(PinPolicyBundleActivity)]);
        string gatesFile = GovernancePaths.ResolveFile(options.DataQualityFile, policies, "data-quality.yaml");
        IReadOnlyDictionary<string, DataQualityGate> gates = File.Exists(gatesFile) || options.DataQualityFile is not null
            ? DataQualityLoader.LoadFile(gatesFile, policies)
            : new Dictionary<string, DataQualityGate>();
        string killSwitchFile = options.KillSwitchFile is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "OrchestrationFunctions", "kill-switches.json");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGovernanceRecordSink, InMemoryGovernanceRecordSink>();
        services.TryAddSingleton<InMemoryReferenceData>();
        services.TryAddSingleton<IReferenceDataCatalog>(provider => provider.GetRequiredService<InMemoryReferenceData>());
        services.TryAddSingleton<IValueHistory>(provider => provider.GetRequiredService<InMemoryReferenceData>());
        services.AddSingleton(options);
        services.AddSingleton(catalog);
        services.AddSingleton(new PolicyGate(catalog));
        services.AddSingleton(agents);
        services.AddSingleton(gates);
        services.TryAddSingleton<IKillSwitchStore>(provider => new FileKillSwitchStore(killSwitchFile, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IWorkflowLineage>(provider => new ClientWorkflowLineage(provider.GetService<IWorkflowClient>));
        services.AddSingleton(provider => new KillSwitchService(
            provider.GetRequiredService<IKillSwitchStore>(), provider.GetService<IWorkflowClient>, provider.GetRequiredService<IGovernanceRecordSink>()));
        services.AddSingleton<KillSwitchFilter>();
        services.AddSingleton<AgentRegistryFilter>();
        services.AddSingleton<GuardrailFilter>();
        services.AddSingleton<DataQualityFilter>();
        services.AddSingleton<IWorkflowRegistration, GovernanceRegistration>();
        return services;
    }

    private static GovernanceOptions Bind(IConfigurationSection section)
    {
        GovernanceOptions options = new()
        {
            PoliciesPath = section[nameof(GovernanceOptions.PoliciesPath)] is { Length: > 0 } path ? path : GovernanceOptions.DefaultPoliciesPath,
            AgentsFile = section[nameof(GovernanceOptions.AgentsFile)],
            DataQualityFile = section[nameof(GovernanceOptions.DataQualityFile)],
            KillSwitchFile = section[nameof(GovernanceOptions.KillSwitchFile)],
        };
        foreach (IConfigurationSection version in section.GetSection(nameof(GovernanceOptions.ActiveVersions)).GetChildren())
        {
            options.ActiveVersions[version.Key] = version.Value ?? string.Empty;
        }

        return options;
    }
}
