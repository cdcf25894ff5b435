using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;
using OpenAI.Chat;

namespace Orchestration.Agents.Models;

/// <summary>
/// Builds the one chat pipeline every model endpoint is reached through: the OpenAI SDK's chat client (Azure OpenAI's
/// <c>/openai/v1/</c> with Entra ID, or any OpenAI-compatible base URL with a key) as an <see cref="IChatClient"/> with
/// OpenTelemetry GenAI spans and metrics. The SDK's own retries are off: the workflow activity's retry policy owns
/// retries, so every attempt is in the run's history.
/// </summary>
public static class ModelChatClientFactory
{
    /// <summary>The Entra ID scope of Azure OpenAI and Azure AI Foundry.</summary>
    public const string AzureScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>Builds the chat pipeline.</summary>
    /// <param name="settings">The model settings.</param>
    /// <param name="loggerFactory">Where the telemetry client logs.</param>
    /// <param name="credential">The Entra ID credential for <see cref="ModelAuthentication.Azure"/>; null takes <see cref="DefaultAzureCredential"/>.</param>
    /// <param name="transport">The HTTP transport; null takes the SDK's own (tests pass one that trusts a loopback certificate).</param>
    /// <returns>The chat client.</returns>
    public static IChatClient Create(ModelSettings settings, ILoggerFactory loggerFactory, TokenCredential? credential = null, PipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return CreateOpenAIChatClient(settings, credential, transport)
            .AsIChatClient()
            .AsBuilder()
            .UseOpenTelemetry(loggerFactory, ModelTelemetry.SourceName, telemetry => telemetry.EnableSensitiveData = settings.CaptureSensitiveData)
            .Build();
    }

    /// <summary>Builds the OpenAI SDK's chat client, without telemetry.</summary>
    /// <param name="settings">The model settings.</param>
    /// <param name="credential">The Entra ID credential for <see cref="ModelAuthentication.Azure"/>; null takes <see cref="DefaultAzureCredential"/>.</param>
    /// <param name="transport">The HTTP transport; null takes the SDK's own.</param>
    /// <returns>The chat client.</returns>
    public static ChatClient CreateOpenAIChatClient(ModelSettings settings, TokenCredential? credential = null, PipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OpenAIClientOptions options = new()
        {
            Endpoint = BaseUrl(settings),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = settings.Timeout,
        };
        if (transport is not null)
        {
            options.Transport = transport;
        }


        // OPENAI001: the AuthenticationPolicy constructor is marked for evaluation, and it is the SDK's one way to send
        // an Entra ID bearer token (BearerTokenPolicy) to Azure OpenAI's /openai/v1; both kinds of endpoint take it, so
        // there is one construction path.
#pragma warning disable OPENAI001
        return new ChatClient(settings.Deployment, Authentication(settings, credential), options);
#pragma warning restore OPENAI001
    }

    /// <summary>Gives the base URL requests go to: Azure OpenAI's <c>{endpoint}/openai/v1/</c>, or the endpoint as given.</summary>
    /// <param name="settings">The model settings.</param>
    /// <returns>The base URL.</returns>
    public static Uri BaseUrl(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.IsAzure)
        {
            return settings.Endpoint;
        }

        string root = settings.Endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase) ? root + "/" : root + "/openai/v1/");
    }

    private static AuthenticationPolicy Authentication(ModelSettings settings, TokenCredential? credential) =>
        settings.Authentication == ModelAuthentication.Azure
            ? new BearerTokenPolicy(credential ?? new DefaultAzureCredential(), AzureScope)
            : ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(new ApiKeyCredential(settings.ApiKey!));
}
