using System.Globalization;
using Microsoft.Extensions.Configuration;
using Orchestration.Agents.Port;

namespace Orchestration.Agents.Models;

/// <summary>
/// Where the model-backed agents' endpoint is and how to reach it, from the <c>Models</c> section
/// (<c>Models__Endpoint</c>, <c>Models__Deployment</c>, ...). Read once, at host start-up, by <see cref="TryRead"/>: no
/// endpoint means no model (the local agents run), a bad value stops the host with every problem listed.
/// </summary>
public sealed class ModelSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Models";

    /// <summary>The timeout when <c>Models__TimeoutSeconds</c> is not set.</summary>
    public const int DefaultTimeoutSeconds = 60;

    /// <summary>The longest timeout allowed: beyond it an activity would hold its worker for nothing.</summary>
    public const int MaxTimeoutSeconds = 600;

    private static readonly string[] AzureHostSuffixes = [".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com"];

    /// <summary>Gets the endpoint (<c>Models__Endpoint</c>): an Azure OpenAI resource, or an OpenAI-compatible base URL such as <c>http://127.0.0.1:8080/v1</c>.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Gets the deployment (Azure OpenAI) or model name every request names (<c>Models__Deployment</c>).</summary>
    public required string Deployment { get; init; }

    /// <summary>Gets the API key (<c>Models__ApiKey</c>); null with Entra ID. Never logged, never in a message.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Gets how calls authenticate (<c>Models__Authentication</c>: <c>azure</c> or <c>api-key</c>; default: azure for an Azure host without a key).</summary>
    public ModelAuthentication Authentication { get; init; } = ModelAuthentication.ApiKey;

    /// <summary>Gets how long one call may take, in seconds (<c>Models__TimeoutSeconds</c>, 1 to 600, default 60).</summary>
    public int TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

    /// <summary>Gets a value indicating whether prompts and completions go into spans and evidence (<c>Models__CaptureSensitiveData</c>, default false).</summary>
    public bool CaptureSensitiveData { get; init; }

    /// <summary>Gets the timeout of one call.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>Gets a value indicating whether the endpoint is Azure OpenAI (an Azure host, or Entra ID authentication).</summary>
    public bool IsAzure => Authentication == ModelAuthentication.Azure || IsAzureHost(Endpoint);

    /// <summary>Gets the endpoint kind evidence records (<see cref="EndpointKinds"/>).</summary>
    public string EndpointKind => IsAzure ? EndpointKinds.AzureOpenAI : EndpointKinds.OpenAICompatible;

    /// <summary>Reads the <c>Models</c> section.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The settings, or null when no endpoint is set (no model: the local agents run).</returns>
    /// <exception cref="ModelSettingsException">A value is invalid; the exception lists every problem.</exception>
    public static ModelSettings? TryRead(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        IConfigurationSection section = configuration.GetSection(SectionName);
        string? endpoint = Value(section, nameof(Endpoint));
        if (endpoint is null)
        {
            return null;
        }

        List<string> problems = [];
        Uri? uri = ReadEndpoint(endpoint, problems);
        string? deployment = Value(section, nameof(Deployment));
        string? apiKey = Value(section, nameof(ApiKey));
        ModelAuthentication? authentication = ReadAuthentication(Value(section, nameof(Authentication)), uri, apiKey, problems);
        int timeout = ReadTimeout(Value(section, nameof(TimeoutSeconds)), problems);
        bool capture = ReadFlag(Value(section, nameof(CaptureSensitiveData)), problems);
        if (deployment is null)
        {
            problems.Add($"{Name(nameof(Deployment))}: required with {Name(nameof(Endpoint))} (the deployment or model name each request names)");
        }

        return problems.Count > 0
            ? throw new ModelSettingsException(problems)
            : new ModelSettings
            {
                Endpoint = uri!,
                Deployment = deployment!,
                ApiKey = apiKey,
                Authentication = authentication!.Value,
                TimeoutSeconds = timeout,
                CaptureSensitiveData = capture,
            };
    }

    /// <summary>Tells whether a URL's host is an Azure OpenAI or Azure AI Foundry host.</summary>
    /// <param name="endpoint">The URL.</param>
    /// <returns>True for <c>*.openai.azure.com</c>, <c>*.cognitiveservices.azure.com</c> and <c>*.services.ai.azure.com</c>.</returns>
    public static bool IsAzureHost(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return AzureHostSuffixes.Any(suffix => endpoint.Host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Describes the settings without the key.</summary>
    /// <returns>The endpoint, deployment, authentication and timeout.</returns>
    public override string ToString() =>
        $"{Endpoint} deployment {Deployment}, {Authentication} authentication{(ApiKey is null ? string.Empty : " (key set)")}, timeout {TimeoutSeconds}s, sensitive data {(CaptureSensitiveData ? "captured" : "not captured")}";

    private static string Name(string setting) => $"{SectionName}__{setting}";

    private static string? Value(IConfigurationSection section, string key) =>
        section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Uri? ReadEndpoint(string endpoint, List<string> problems)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) || uri.IsFile)
        {
            problems.Add($"{Name(nameof(Endpoint))}: '{endpoint}' is not an absolute URL (for example https://contoso.openai.azure.com or http://127.0.0.1:8080/v1)");
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            problems.Add($"{Name(nameof(Endpoint))}: the scheme must be https or http, not '{uri.Scheme}'");
            return null;
        }

        // WARNING: a key in the URL would leak through every message that names the endpoint.
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0)
        {
            problems.Add($"{Name(nameof(Endpoint))}: must not carry credentials or a query; put the key in {Name(nameof(ApiKey))}");
            return null;
        }

        return uri;
    }

    private static ModelAuthentication? ReadAuthentication(string? value, Uri? endpoint, string? apiKey, List<string> problems)
    {
        ModelAuthentication? authentication = value?.ToLowerInvariant() switch
        {
            null => endpoint is not null && IsAzureHost(endpoint) && apiKey is null ? ModelAuthentication.Azure : ModelAuthentication.ApiKey,
            ModelAuthenticationNames.Azure => ModelAuthentication.Azure,
            ModelAuthenticationNames.ApiKey => ModelAuthentication.ApiKey,
            _ => null,
        };
        if (authentication is null)
        {
            problems.Add($"{Name(nameof(Authentication))}: '{value}' is neither '{ModelAuthenticationNames.Azure}' (Entra ID) nor '{ModelAuthenticationNames.ApiKey}'");
        }
        else if (authentication == ModelAuthentication.Azure && endpoint is not null && endpoint.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{Name(nameof(Endpoint))}: Entra ID ({ModelAuthenticationNames.Azure}) tokens are sent over https only, and the endpoint is {endpoint.Scheme}");
        }
        else if (authentication == ModelAuthentication.ApiKey && apiKey is null)
        {
            problems.Add($"{Name(nameof(ApiKey))}: required with {ModelAuthenticationNames.ApiKey} authentication (or set {Name(nameof(Authentication))} to '{ModelAuthenticationNames.Azure}' for Entra ID)");
        }

        return authentication;
    }

    private static int ReadTimeout(string? value, List<string> problems)
    {
        if (value is null)
        {
            return DefaultTimeoutSeconds;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
        {
            problems.Add($"{Name(nameof(TimeoutSeconds))}: '{value}' is not a whole number of seconds from 1 to {MaxTimeoutSeconds}");
        }

        return seconds;
    }

    private static bool ReadFlag(string? value, List<string> problems)
    {
        if (value is null)
        {
            return false;
        }

        if (!bool.TryParse(value, out bool flag))
        {
            problems.Add($"{Name(nameof(CaptureSensitiveData))}: '{value}' is neither true nor false");
        }

        return flag;
    }
}
