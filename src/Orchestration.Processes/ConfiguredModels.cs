using Orchestration.Agents.Models;

namespace Orchestration.Processes;

/// <summary>
/// The host's model endpoint, when its <c>Models</c> settings name one: a service of its own so that the container
/// disposes the chat client with the host.
/// </summary>
/// <param name="factory">The model agents' factory; null when no endpoint is configured and the local agents run.</param>
internal sealed class ConfiguredModels(ModelAgentFactory? factory) : IDisposable
{
    /// <summary>Gets the model agents' factory, or null.</summary>
    public ModelAgentFactory? Factory => factory;

    public void Dispose() => factory?.Dispose();
}
