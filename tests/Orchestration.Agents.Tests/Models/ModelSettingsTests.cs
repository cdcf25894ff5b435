using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Agents.Models;
using Orchestration.Agents.Port;

namespace Orchestration.Agents.Tests.Models;

public sealed class ModelSettingsTests
{
    [Fact]
    public void TryRead_NoEndpoint_IsNull()
    {
        Assert.Null(ModelSettings.TryRead(ModelTestData.Configuration(("Endpoint", ""), ("Deployment", "gpt-4o-mini"))));
    }

    [Fact]
    public void TryRead_OnlyEndpointDeploymentAndKey_TakesTheDefaults()
    {
        ModelSettings settings = Read(("Endpoint", "http://127.0.0.1:8080/v1"), ("Deployment", "gpt-4o-mini"), ("ApiKey", ModelTestData.SecretKey))!;

        Assert.Equal((ModelAuthentication.ApiKey, 60, false, EndpointKinds.OpenAICompatible),
            (settings.Authentication, settings.TimeoutSeconds, settings.CaptureSensitiveData, settings.EndpointKind));
    }

    [Theory]
    [InlineData("https://contoso.openai.azure.com")]
    [InlineData("https://contoso.cognitiveservices.azure.com/")]
    [InlineData("https://contoso.services.ai.azure.com")]
    public void TryRead_AzureHostWithoutAKey_AuthenticatesWithEntraId(string endpoint)
    {
        ModelSettings settings = Read(("Endpoint", endpoint), ("Deployment", "gpt-4o-mini"))!;

        Assert.Equal((ModelAuthentication.Azure, EndpointKinds.AzureOpenAI), (settings.Authentication, settings.EndpointKind));
    }

    [Fact]
    public void TryRead_AzureHostWithAKey_AuthenticatesWithTheKey()
    {
        ModelSettings settings = Read(("Endpoint", "https://contoso.openai.azure.com"), ("Deployment", "gpt-4o-mini"), ("ApiKey", ModelTestData.SecretKey))!;

        Assert.Equal(ModelAuthentication.ApiKey, settings.Authentication);
    }

    [Theory]
    [InlineData("https://contoso.openai.azure.com", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.openai.azure.com/", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.openai.azure.com/openai/v1", "https://contoso.openai.azure.com/openai/v1/")]
    public void BaseUrl_AzureEndpoint_IsItsOpenAIV1Path(string endpoint, string expected)
    {
        Assert.Equal(new Uri(expected), ModelChatClientFactory.BaseUrl(Read(("Endpoint", endpoint), ("Deployment", "gpt-4o-mini"))!));
    }

    [Fact]
    public void BaseUrl_OpenAICompatibleEndpoint_IsTheEndpointAsGiven()
    {
        ModelSettings settings = Read(("Endpoint", "http://127.0.0.1:8080/v1"), ("Deployment", "llama"), ("ApiKey", "local"))!;

        Assert.Equal(new Uri("http://127.0.0.1:8080/v1"), ModelChatClientFactory.BaseUrl(settings));
    }

    [Theory]
    [InlineData("Endpoint", "contoso.openai.azure.com/", "Models__Endpoint")]
    [InlineData("Endpoint", "ftp://models.contoso.example/v1", "Models__Endpoint")]
    [InlineData("Endpoint", "https://models.contoso.example/v1?api-key=abc", "Models__Endpoint")]
    [InlineData("Deployment", "", "Models__Deployment")]
    [InlineData("ApiKey", "", "Models__ApiKey")]
    [InlineData("Authentication", "password", "Models__Authentication")]
    [InlineData("TimeoutSeconds", "0", "Models__TimeoutSeconds")]
    [InlineData("TimeoutSeconds", "601", "Models__TimeoutSeconds")]
    [InlineData("TimeoutSeconds", "soon", "Models__TimeoutSeconds")]
    [InlineData("CaptureSensitiveData", "yes", "Models__CaptureSensitiveData")]
    public void TryRead_BadValue_FailsNamingTheSetting(string key, string value, string setting)
    {
        ModelSettingsException failure = Assert.Throws<ModelSettingsException>(() => Read(Valid(key, value)));

        Assert.StartsWith(setting + ":", Assert.Single(failure.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_EntraIdOverHttp_FailsNamingTheEndpoint()
    {
        ModelSettingsException failure = Assert.Throws<ModelSettingsException>(() =>
            Read(("Endpoint", "http://127.0.0.1:8080"), ("Deployment", "gpt-4o-mini"), ("Authentication", "azure")));

        Assert.StartsWith("Models__Endpoint:", Assert.Single(failure.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SeveralBadValues_ListsEveryProblemInTheMessage()
    {
        ModelSettingsException failure = Assert.Throws<ModelSettingsException>(() =>
            Read(("Endpoint", "http://127.0.0.1:8080"), ("TimeoutSeconds", "-1"), ("Authentication", "api-key")));

        Assert.Equal(["Models__ApiKey", "Models__TimeoutSeconds", "Models__Deployment"], failure.Problems.Select(problem => problem.Split(':')[0]));
        Assert.All(failure.Problems, problem => Assert.Contains(problem, failure.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void TryRead_BadValueBesideAKey_NeverShowsTheKey()
    {
        ModelSettingsException failure = Assert.Throws<ModelSettingsException>(() => Read(Valid("TimeoutSeconds", "0")));

        Assert.DoesNotContain(ModelTestData.SecretKey, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithAKey_NeverShowsTheKey()
    {
        ModelSettings settings = Read(Valid("TimeoutSeconds", "30"))!;

        Assert.DoesNotContain(ModelTestData.SecretKey, settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_NoEndpoint_IsNull()
    {
        Assert.Null(ModelAgents.FromConfiguration(ModelTestData.Configuration(), NullLoggerFactory.Instance, TimeProvider.System));
    }

    [Fact]
    public void FromConfiguration_ValidSettings_BuildsAFactoryWithThem()
    {
        using ModelAgentFactory? factory = ModelAgents.FromConfiguration(ModelTestData.Configuration(Valid("TimeoutSeconds", "45")), NullLoggerFactory.Instance, TimeProvider.System);

        Assert.Equal(TimeSpan.FromSeconds(45), factory?.Settings.Timeout);
    }

    private static ModelSettings? Read(params (string Key, string? Value)[] values) => ModelSettings.TryRead(ModelTestData.Configuration(values));

    private static (string Key, string? Value)[] Valid(string key, string value) =>
    [
        .. new (string Key, string? Value)[] { ("Endpoint", "https://models.contoso.example/v1"), ("Deployment", "gpt-4o-mini"), ("ApiKey", ModelTestData.SecretKey) }
            .Where(setting => setting.Key != key),
        (key, value),
    ];
}
