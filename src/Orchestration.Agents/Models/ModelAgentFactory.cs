using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Orchestration.Agents.Composition;
using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;
using Orchestration.Governance.Agents;

namespace Orchestration.Agents.Models;

/// <summary>Builds the model implementation of each agent over one shared chat pipeline to the configured endpoint.</summary>
public sealed class ModelAgentFactory : IModelAgentFactory, IDisposable
{
    private readonly ModelSettings settings;
    private readonly IChatClient chatClient;
    private readonly TimeProvider timeProvider;
    private readonly bool ownsClient;

    /// <summary>Initializes a new instance of the <see cref="ModelAgentFactory"/> class over a chat pipeline it builds (and disposes).</summary>
    /// <param name="settings">The model settings.</param>
    /// <param name="loggerFactory">Where the telemetry client logs.</param>
    /// <param name="timeProvider">Measures latency.</param>
    /// <param name="credential">The Entra ID credential; null takes <c>DefaultAzureCredential</c>.</param>
    public ModelAgentFactory(ModelSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider, TokenCredential? credential = null)
        : this(settings, ModelChatClientFactory.Create(settings, loggerFactory, credential), timeProvider) => ownsClient = true;

    /// <summary>Initializes a new instance of the <see cref="ModelAgentFactory"/> class over a given chat pipeline (not disposed here).</summary>
    /// <param name="settings">The model settings.</param>
    /// <param name="chatClient">The chat pipeline.</param>
    /// <param name="timeProvider">Measures latency.</param>
    public ModelAgentFactory(ModelSettings settings, IChatClient chatClient, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.settings = settings;
        this.chatClient = chatClient;
        this.timeProvider = timeProvider;
    }

    /// <summary>Gets the settings the agents use.</summary>
    public ModelSettings Settings => settings;

    /// <inheritdoc/>
    public IAgent<TRequest, TResult> Create<TRequest, TResult>(AgentIdentity identity, PromptTemplate prompt, AgentDefinition definition)
        where TRequest : class
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(definition);
        return new ModelAgent<TRequest, TResult>(identity, prompt, chatClient, settings, timeProvider);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ownsClient)
        {
            chatClient.Dispose();
        }
    }
}
