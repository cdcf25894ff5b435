using System.Text.Json;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// The model-backed agents reach an existing Azure OpenAI account as the app's identity: "Cognitive Services OpenAI
/// User" on that account when one is named, Entra ID in the app settings, and no key anywhere.
/// </summary>
public sealed class ModelAccessTests
{
    private const string OpenAIUserRoleId = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";

    [Fact]
    public void OpenAIAccess_GrantsTheIdentityOpenAIUserOnTheAccount()
    {
        ArmResource grant = CompiledInfra.Module("openai-access").Resource("Microsoft.Authorization/roleAssignments");

        Assert.Equal(
            ($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{OpenAIUserRoleId}')]", CompiledInfra.Identity("principalId"), "ServicePrincipal"),
            (ArmValue.Text(grant.Property("properties.roleDefinitionId")), ArmValue.Text(grant.Property("properties.principalId")), ArmValue.Text(grant.Property("properties.principalType"))));
        Assert.StartsWith("[resourceId('Microsoft.CognitiveServices/accounts', ", ArmValue.Text(grant.Property("scope")), StringComparison.Ordinal);
    }

    [Fact]
    public void OpenAIAccess_IsDeployedOnlyWhenAnAccountIsNamed()
    {
        JsonElement module = CompiledInfra.Main.Json.GetProperty("resources").EnumerateArray()
            .Single(resource => resource.GetProperty("name").GetString() == "openai-access");

        Assert.Equal("[not(empty(parameters('openAiAccountName')))]", module.GetProperty("condition").GetString());
    }

    [Fact]
    public void OpenAIAccount_IsOptional()
    {
        JsonElement parameter = CompiledInfra.Main.Json.GetProperty("parameters").GetProperty("openAiAccountName");

        Assert.Equal(string.Empty, parameter.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void FunctionAppModelEndpoint_IsTheAccountsEndpoint()
    {
        string endpoint = ArmValue.Text(CompiledInfra.AppSettings()["Models__Endpoint"]);

        // Evaluated through the module's output: the account's own endpoint property, empty when no account is named.
        Assert.Contains("reference(resourceId('Microsoft.CognitiveServices/accounts', parameters('openAiAccountName')), '2024-10-01').endpoint", endpoint, StringComparison.Ordinal);
        Assert.EndsWith(", '')]", endpoint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Models__Authentication", "azure")]
    [InlineData("Models__TimeoutSeconds", "60")]
    [InlineData("Models__CaptureSensitiveData", "false")]
    public void FunctionAppModelSetting_Is(string setting, string expected)
    {
        Assert.Equal(expected, ArmValue.Text(CompiledInfra.AppSettings()[setting]));
    }

    [Fact]
    public void FunctionApp_SetsNoModelKey()
    {
        Assert.DoesNotContain("Models__ApiKey", CompiledInfra.AppSettings().Keys);
    }
}
