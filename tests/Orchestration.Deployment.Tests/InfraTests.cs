using System.Text.Json;
using Orchestration.Functions.Hosting;

namespace Orchestration.Deployment.Tests;

public sealed class InfraTests
{
    // Flex Consumption refuses this app setting and takes the worker runtime from functionAppConfig.runtime instead.
    private static readonly string[] SetByRuntimeConfiguration = [FunctionsSettingNames.WorkerRuntime];

    [Fact]
    public void MainParameters_AreTheAzdEnvironmentVariables()
    {
        using JsonDocument parameters = Repository.ReadJson("infra/main.parameters.json");
        JsonElement values = parameters.RootElement.GetProperty("parameters");

        Assert.Equal("${AZURE_ENV_NAME}", values.GetProperty("environmentName").GetProperty("value").GetString());
        Assert.Equal("${AZURE_LOCATION}", values.GetProperty("location").GetProperty("value").GetString());
    }

    [Fact]
    public void MainParameters_MatchTheParametersOfMainBicep()
    {
        using JsonDocument parameters = Repository.ReadJson("infra/main.parameters.json");
        string[] given = [.. parameters.RootElement.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name)];
        IReadOnlyDictionary<string, bool> declared = Bicep.Parameters("infra/main.bicep");

        Assert.All(given, name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare"));
        Assert.All(declared.Where(parameter => !parameter.Value), parameter =>
            Assert.True(given.Contains(parameter.Key), $"main.bicep requires '{parameter.Key}', which main.parameters.json does not set"));
    }

    [Fact]
    public void MainBicep_IsSubscriptionScopedAndTagsTheEnvironment()
    {
        string main = Bicep.Read("infra/main.bicep");

        Assert.Contains("targetScope = 'subscription'", main, StringComparison.Ordinal);
        Assert.Contains("'azd-env-name': environmentName", main, StringComparison.Ordinal);
        Assert.Contains("output AZURE_LOCATION string", main, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_DeclaresEverySettingTheCodeNames()
    {
        IReadOnlyList<string> declared = Bicep.AppSettings();

        string[] missing = [.. CodeSettings.Named
            .Where(setting => !SetByRuntimeConfiguration.Contains(setting.Key) && !AppSettingNames.Declares(declared, setting.AppSettingName))
            .Select(setting => $"{setting.AppSettingName} ({setting.DeclaredAt})")];

        Assert.True(missing.Length == 0, $"infra/modules/function-app.bicep does not set: {string.Join(", ", missing)}");
    }

    [Fact]
    public void FunctionApp_EverySettingIsReadByTheCodeOrTheHost()
    {
        // Settings the Functions host and Azure SDKs read, not our code.
        string[] hostSettings = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "AZURE_CLIENT_ID"];
        string[] unread = [.. Bicep.AppSettings().Where(name => !hostSettings.Contains(name) && !SettingsAwaitingCode.Names.Contains(name)
            && !CodeSettings.Reads(AppSettingNames.ToKey(name))
            && !CodeSettings.Named.Any(setting => name.StartsWith(setting.AppSettingName + "__", StringComparison.Ordinal)))];

        Assert.True(unread.Length == 0, $"infra/modules/function-app.bicep sets settings no code reads yet: {string.Join(", ", unread)}");
    }

    [Fact]
    public void AwaitingCode_IsNotReadYet()
    {
        string[] read = [.. SettingsAwaitingCode.Names.Where(name => CodeSettings.Reads(AppSettingNames.ToKey(name)))];

        Assert.True(read.Length == 0, $"the code reads these now; remove them from {nameof(SettingsAwaitingCode)}: {string.Join(", ", read)}");
    }

    [Fact]
    public void FunctionApp_SettingsUseDoubleUnderscoreForSections()
    {
        Assert.DoesNotContain(Bicep.AppSettings(), name => name.Contains(':', StringComparison.Ordinal));
    }

    // Each row: a property that the deployment's security or runtime depends on, and the module that must set it.
    [Theory]
    [InlineData("function-app", "tier: 'FlexConsumption'")]
    [InlineData("function-app", "name: 'dotnet-isolated'")]
    [InlineData("function-app", "version: '10.0'")]
    [InlineData("function-app", "type: 'UserAssignedIdentity'")]
    [InlineData("function-app", "keyVaultReferenceIdentity: identityId")]
    [InlineData("function-app", "'azd-service-name': serviceName")]
    [InlineData("storage", "allowSharedKeyAccess: false")]
    [InlineData("storage", "allowBlobPublicAccess: false")]
    [InlineData("storage", "minimumTlsVersion: 'TLS1_2'")]
    [InlineData("storage", "[for role in appRoles:")]
    [InlineData("storage", "'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'")] // Storage Blob Data Owner
    [InlineData("storage", "'974c5e8b-45b9-4653-ba55-5f855dd0fb88'")] // Storage Queue Data Contributor
    [InlineData("storage", "'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'")] // Storage Table Data Contributor
    [InlineData("storage", "containers/immutabilityPolicies@")]
    [InlineData("storage", "parent: sealContainer")]
    [InlineData("storage", "immutabilityPeriodSinceCreationInDays: evidenceRetentionDays")]
    [InlineData("keyvault", "enableRbacAuthorization: true")]
    [InlineData("keyvault", "enablePurgeProtection: true")]
    [InlineData("keyvault", "'4633458b-17de-408a-b874-0445c86b69e6'")] // Key Vault Secrets User
    [InlineData("monitoring", "WorkspaceResourceId: logAnalytics.id")]
    [InlineData("monitoring", "DisableLocalAuth: true")]
    [InlineData("monitoring", "'3913510d-42f4-4e42-8a64-420c390055eb'")] // Monitoring Metrics Publisher
    public void Module_SetsRequiredProperty(string module, string property)
    {
        Assert.Contains(property, Bicep.Read($"infra/modules/{module}.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void Modules_ReferencedByMainExist()
    {
        string main = Bicep.Read("infra/main.bicep");

        foreach (string module in main.Split('\n').Where(line => line.StartsWith("module ", StringComparison.Ordinal)).Select(line => line.Split('\'')[1]))
        {
            Assert.True(File.Exists(Repository.PathOf($"infra/{module}")), $"main.bicep uses {module}, which does not exist");
        }
    }

    [Fact]
    public void NoAllowListOpensEveryAddress()
    {
        Assert.DoesNotContain("0.0.0.0/0", Bicep.ReadAll(), StringComparison.Ordinal);
    }
}
