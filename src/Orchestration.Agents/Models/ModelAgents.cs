using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Orchestration.Agents.Models;

/// <summary>The composition entry point of the model side, for hosts.</summary>
public static class ModelAgents
{
    /// <summary>Builds the model implementations from the <c>Models</c> section, at host start-up.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="loggerFactory">Where the telemetry client logs.</param>
    /// <param name="timeProvider">Measures latency.</param>
    /// <returns>The factory, or null when no endpoint is configured (the local agents run).</returns>
    /// <exception cref="ModelSettingsException">A setting is invalid.</exception>
    public static ModelAgentFactory? FromConfiguration(IConfiguration configuration, ILoggerFactory loggerFactory, TimeProvider timeProvider) =>
        ModelSettings.TryRead(configuration) is { } settings ? new ModelAgentFactory(settings, loggerFactory, timeProvider) : null;
}
