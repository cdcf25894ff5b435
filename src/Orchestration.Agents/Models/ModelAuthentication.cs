namespace Orchestration.Agents.Models;

/// <summary>How calls to the model endpoint authenticate.</summary>
public enum ModelAuthentication
{
    /// <summary>Entra ID: a bearer token from <c>DefaultAzureCredential</c> (the app's managed identity in Azure).</summary>
    Azure,

    /// <summary>A key sent as a bearer token (OpenAI, OpenAI-compatible servers, Azure OpenAI's <c>/openai/v1</c>).</summary>
    ApiKey,
}

/// <summary>The values <c>Models__Authentication</c> takes.</summary>
public static class ModelAuthenticationNames
{
    /// <summary>Entra ID (<see cref="ModelAuthentication.Azure"/>).</summary>
    public const string Azure = "azure";

    /// <summary>An API key (<see cref="ModelAuthentication.ApiKey"/>).</summary>
    public const string ApiKey = "api-key";
}
