using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Abstractions;
using Orchestration.Api.Governance;
using Orchestration.Api.Management;
using Orchestration.Api.Scheduling;
using Orchestration.Api.Security;
using Orchestration.Evidence;
using Orchestration.Governance;
using Orchestration.Processes;

namespace Orchestration.Api.Hosting;

/// <summary>
/// The services both hosts add: processes, governance, the evidence ledger, the registry, the schedules in force, API
/// options, keys, problem details, OpenAPI.
/// </summary>
public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>Adds the product's services; the host adds its runtime's <see cref="IWorkflowClient"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddOrchestration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddProcesses(configuration);
        services.AddGovernance(configuration).AddGovernanceApi();
        services.AddEvidenceLedger(configuration);
        services.AddSingleton(BuildRegistry);
        services.AddSingleton(sp => ScheduledWorkflows.Resolve(sp.GetRequiredService<ProcessCatalog>().Schedules, configuration));
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.SectionName));
        services.Configure<ManagementOptions>(configuration.GetSection(ManagementOptions.SectionName));
        services.AddSingleton<ApiKeys>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OrchestrationFunctions API";
            document.Info.Description = "Starters, Durable Functions' management API, run views, evidence and governance.";
            return Task.CompletedTask;
        }));
        return services;
    }

    // One registry for the whole host: the processes, then every part that adds activities or filters.
    private static WorkflowRegistry BuildRegistry(IServiceProvider services)
    {
        WorkflowRegistry registry = services.GetRequiredService<ProcessCatalog>().Register(new WorkflowRegistry());
        foreach (IWorkflowRegistration registration in services.GetServices<IWorkflowRegistration>())
        {
            registration.AddTo(registry);
        }

        return registry;
    }
}
