using Microsoft.Extensions.DependencyInjection;
using Orchestration.Api.Starters;

namespace Orchestration.Api.Governance;

/// <summary>Registers the API side of governance; call after <c>AddGovernance</c>.</summary>
public static class GovernanceApiServiceCollectionExtensions
{
    /// <summary>Registers the kill switch start gate.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGovernanceApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IWorkflowStartGate, KillSwitchStartGate>();
        return services;
    }
}
