using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orchestration.Agents.Composition;
using Orchestration.Agents.Local;
using Orchestration.Agents.Models;
using Orchestration.Evidence.Storage;
using Orchestration.Governance;
using Orchestration.Governance.Agents;
using Orchestration.Governance.DataQuality;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Policies;
using Orchestration.Governance.Records;
using Orchestration.Processes.GovernanceLog;
using Orchestration.Processes.Intake;
using Orchestration.Processes.ReferenceData;

namespace Orchestration.Processes;

/// <summary>Adds the processes, the feeds their data-quality gates read, and the ledger's governance logs.</summary>
public static class ProcessServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ProcessCatalog"/> (its workflows evaluate with <c>AddGovernance</c>'s <see cref="PolicyGate"/>),
    /// its reference data feeds (as of the refreshes recorded in the ledger by <see cref="ReferenceDataRefreshWorkflow"/>),
    /// <see cref="LedgerKillSwitchStore"/> as the <see cref="IKillSwitchStore"/> and
    /// <see cref="GovernanceLedgerSink"/> as the <see cref="IGovernanceRecordSink"/> (both over <c>AddEvidenceLedger</c>'s
    /// <see cref="IEvidenceStore"/>, shared by every instance of the host). The agents are built once, as the registry
    /// says, on the model endpoint of the <c>Models</c> settings when one is configured and on their local implementations
    /// otherwise; a bad model setting fails here, at start-up. Call before <c>AddGovernance</c>, which adds its own store,
    /// sink and feeds only when none is registered; the host must also call <c>AddEvidenceLedger</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The host's configuration (the <c>Models</c> section); none runs every agent locally.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddProcesses(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKillSwitchStore>(sp => new LedgerKillSwitchStore(sp.GetRequiredService<IEvidenceStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IGovernanceRecordSink>(sp => new GovernanceLedgerSink(
            sp.GetRequiredService<IEvidenceStore>(), sp.GetService<ILoggerFactory>()?.CreateLogger<GovernanceLedgerSink>())
        {
            // A host may register its own kill switch store first; only the ledger store writes the changes itself.
            SkipsKillSwitchChanges = sp.GetService<IKillSwitchStore>() is LedgerKillSwitchStore,
        });
        services.AddSingleton(sp => new ReferenceDataRefreshLog(sp.GetRequiredService<IEvidenceStore>()));
        services.AddSingleton(sp => new ConfiguredModels(
            ModelAgents.FromConfiguration(configuration ?? EmptyConfiguration, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton(sp => new AgentFactory(
            sp.GetRequiredService<AgentRegistry>(), ProcessPaths.Prompts(PoliciesDirectory(sp)), sp.GetRequiredService<ConfiguredModels>().Factory));
        services.AddSingleton(sp => IntakeAgentSet.Create(sp.GetRequiredService<AgentFactory>(), LocalEmbeddingModel.Shared, ProcessPaths.Agents(PoliciesDirectory(sp))));
        services.AddSingleton(sp => new ProcessCatalog(
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<PolicyGate>(),
            sp.GetRequiredService<ReferenceDataRefreshLog>(),
            sp.GetRequiredService<TimeProvider>(),
            PoliciesDirectory(sp),
            sp.GetRequiredService<IntakeAgentSet>()));
        services.AddSingleton(sp => new SimulatedReferenceFeeds(sp.GetRequiredService<ProcessCatalog>().Erp, sp.GetRequiredService<ReferenceDataRefreshLog>()));
        services.AddSingleton<IReferenceDataCatalog>(sp => sp.GetRequiredService<SimulatedReferenceFeeds>());
        services.AddSingleton<IValueHistory>(sp => sp.GetRequiredService<SimulatedReferenceFeeds>());
        return services;
    }

    private static IConfiguration EmptyConfiguration { get; } = new ConfigurationBuilder().Build();

    private static string PoliciesDirectory(IServiceProvider services) =>
        GovernancePaths.ResolvePoliciesDirectory(services.GetRequiredService<GovernanceOptions>().PoliciesPath);
}
