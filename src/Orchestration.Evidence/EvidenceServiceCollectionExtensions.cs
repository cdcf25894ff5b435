using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence;

/// <summary>Registers the evidence ledger.</summary>
public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ledger from the <c>Evidence</c> configuration section: <see cref="EvidenceOptions"/>, the
    /// <see cref="IEvidenceStore"/> it names, <see cref="EvidencePackService"/>, and an <see cref="IWorkflowRegistration"/>
    /// that adds the recording and seal activities to the host's registry.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root (the section is read from it).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddEvidenceLedger(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        EvidenceOptions options = new();
        configuration.GetSection(EvidenceOptions.SectionName).Bind(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IEvidenceStore>(provider =>
        {
            IEvidenceStore store = EvidenceStoreFactory.Create(options);
            ILogger? logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(IEvidenceStore).Namespace!);
            if (logger is not null)
            {
                string location = options.Store == EvidenceStoreKind.Local ? options.ResolveLocalPath() : options.TableName;
                Logs.StoreSelected(logger, options.Store, location);
            }

            return store;
        });
        services.TryAddSingleton<EvidencePackService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowRegistration, EvidenceWorkflowRegistration>(
            provider => new EvidenceWorkflowRegistration(provider.GetRequiredService<IEvidenceStore>(), provider.GetService<ILoggerFactory>())));
        return services;
    }
}
