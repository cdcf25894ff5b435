using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Api.Hosting;
using Orchestration.Api.Management;
using Orchestration.Api.Security;
using Orchestration.Functions.Workflows;

namespace Orchestration.Functions.Hosting;

/// <summary>The Functions app's services: the local server's, plus what differs when the Functions host runs them.</summary>
public static class FunctionsHostingExtensions
{
    /// <summary>Adds everything the Functions app's <c>Program.cs</c> needs; the deployment tests build the same.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The app's configuration (app settings).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services, IConfiguration configuration) => services
        .AddOrchestration(configuration)
        .AddFunctionsHosting(configuration);

    /// <summary>
    /// Adds what differs on the Functions host: it checks keys (authorization levels) before a request reaches the
    /// API, management URLs name the task hub and connection that Durable Functions uses (host.json), and the worker
    /// reports one function per registered workflow, activity and schedule (<see cref="RegistryFunctionMetadataTransformer"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The app's configuration (app settings).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddFunctionsHosting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ApiKeyOptions>(keys => keys.TrustHostAuthorization = true);
        services.Configure<ManagementOptions>(management =>
        {
            management.TaskHub = configuration[FunctionsSettingNames.TaskHub] ?? management.TaskHub;
            management.Connection = FunctionsSettingNames.Storage;
        });
        services.AddSingleton<IFunctionMetadataTransformer, RegistryFunctionMetadataTransformer>();
        return services;
    }
}
