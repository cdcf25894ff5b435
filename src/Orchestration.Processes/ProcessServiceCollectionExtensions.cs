using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orchestration.Governance.DataQuality;
using Orchestration.Processes.ReferenceData;

namespace Orchestration.Processes;

/// <summary>Adds the processes and the feeds their data-quality gates read.</summary>
public static class ProcessServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="ProcessCatalog"/> and its reference data feeds; call before <c>AddGovernance</c>.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddProcesses(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ProcessCatalog(sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new SimulatedReferenceFeeds(sp.GetRequiredService<ProcessCatalog>().Erp, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReferenceDataCatalog>(sp => sp.GetRequiredService<SimulatedReferenceFeeds>());
        services.AddSingleton<IValueHistory>(sp => sp.GetRequiredService<SimulatedReferenceFeeds>());
        return services;
    }
}
