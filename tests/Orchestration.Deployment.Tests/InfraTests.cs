using System.Text.Json;
using Orchestration.Functions.Hosting;

namespace Orchestration.Deployment.Tests;

public sealed class InfraTests
{
    // Flex Consumption refuses this app setting and takes the worker runtime from functionAppConfig.runtime instead.
    private static readonly string[] SetByRuntimeConfiguration = [FunctionsSettingNames.WorkerRuntime];

    private static readonly string[] KeyMarkers = ["listKeys(", "AccountKey=", "SharedAccessSignature=", "SharedAccessKey="];

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
        // Compiled, every declaration is an object: a default or "nullable" makes the parameter optional.
        Dictionary<string, bool> declared = CompiledInfra.Main.Json.GetProperty("parameters").EnumerateObject().ToDictionary(
            parameter => parameter.Name,
            parameter => parameter.Value.TryGetProperty("defaultValue", out _) || parameter.Value.TryGetProperty("nullable", out JsonElement nullable) && nullable.GetBoolean(),
            StringComparer.Ordinal);

        Assert.All(given, name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare"));
        Assert.All(declared.Where(parameter => !parameter.Value), parameter =>
            Assert.True(given.Contains(parameter.Key), $"main.bicep requires '{parameter.Key}', which main.parameters.json does not set"));
    }

    [Fact]
    public void MainTemplate_IsSubscriptionScoped()
    {
        Assert.Equal(
            "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
            CompiledInfra.Main.Json.GetProperty("$schema").GetString());
    }

    [Fact]
    public void TaggedResources_CarryTheAzdEnvironmentName()
    {
        ArmResource[] tagged = [.. CompiledInfra.Main.AllResources().Where(resource => resource.Json.ContainsKey("tags"))];

        Assert.NotEmpty(tagged);
        Assert.All(tagged, resource => Assert.True(
            ArmValue.Text(resource.Property("tags.azd-env-name")) == "[parameters('environmentName')]",
            $"{resource.Type} {resource.Name} is not tagged azd-env-name: environmentName"));
    }

    [Fact]
    public void MainTemplate_OutputsTheLocationToAzd()
    {
        JsonElement output = CompiledInfra.Main.Json.GetProperty("outputs").GetProperty("AZURE_LOCATION");

        Assert.Equal("string", output.GetProperty("type").GetString());
        Assert.Equal("[parameters('location')]", output.GetProperty("value").GetString());
    }

    [Fact]
    public void FunctionApp_DeclaresEverySettingTheCodeNames()
    {
        IReadOnlyCollection<string> declared = [.. CompiledInfra.AppSettings().Keys];

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
        string[] unread = [.. CompiledInfra.AppSettings().Keys.Where(name => !hostSettings.Contains(name) && !SettingsAwaitingCode.Names.Contains(name)
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
        Assert.DoesNotContain(CompiledInfra.AppSettings().Keys, name => name.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void FunctionApp_DoesNotSetTheSettingsTheRuntimeConfigurationSets()
    {
        Assert.DoesNotContain(CompiledInfra.AppSettings().Keys, name => SetByRuntimeConfiguration.Contains(name, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void FunctionApp_NoSettingHoldsAKey()
    {
        // Shared keys are off; a setting built from listKeys() or holding a key would be a secret in the template.
        string[] keyed = [.. CompiledInfra.AppSettings()
            .Where(setting => KeyMarkers.Any(marker => ArmValue.Text(setting.Value).Contains(marker, StringComparison.OrdinalIgnoreCase)))
            .Select(setting => setting.Key)];

        Assert.True(keyed.Length == 0, $"infra/modules/function-app.bicep puts a key in: {string.Join(", ", keyed)}");
    }

    // Each row: a property that the deployment's security or runtime depends on, as compiled, and its value (JSON).
    // Every resource of the type in the module must set it.
    [Theory]
    [InlineData("function-app", "Microsoft.Web/serverfarms", "sku.tier", "\"FlexConsumption\"")]
    [InlineData("function-app", "Microsoft.Web/sites", "properties.functionAppConfig.runtime.name", "\"dotnet-isolated\"")]
    [InlineData("function-app", "Microsoft.Web/sites", "properties.functionAppConfig.runtime.version", "\"10.0\"")]
    [InlineData("function-app", "Microsoft.Web/sites", "properties.functionAppConfig.deployment.storage.authentication.type", "\"UserAssignedIdentity\"")]
    [InlineData("function-app", "Microsoft.Web/sites", "tags.azd-service-name", "\"api\"")]
    [InlineData("function-app", "Microsoft.Web/sites", "properties.httpsOnly", "true")]
    [InlineData("function-app", "Microsoft.Web/sites", "properties.siteConfig.minTlsVersion", "\"1.2\"")]
    [InlineData("function-app", "Microsoft.Web/sites", "properties.siteConfig.ftpsState", "\"Disabled\"")]
    [InlineData("function-app", "Microsoft.Web/sites/basicPublishingCredentialsPolicies", "properties.allow", "false")]
    [InlineData("storage", "Microsoft.Storage/storageAccounts", "properties.allowSharedKeyAccess", "false")]
    [InlineData("storage", "Microsoft.Storage/storageAccounts", "properties.allowBlobPublicAccess", "false")]
    [InlineData("storage", "Microsoft.Storage/storageAccounts", "properties.minimumTlsVersion", "\"TLS1_2\"")]
    [InlineData("storage", "Microsoft.Storage/storageAccounts", "properties.supportsHttpsTrafficOnly", "true")]
    [InlineData("storage", "Microsoft.Storage/storageAccounts", "properties.defaultToOAuthAuthentication", "true")]
    [InlineData("storage", "Microsoft.Storage/storageAccounts/blobServices/containers", "properties.publicAccess", "\"None\"")]
    [InlineData("keyvault", "Microsoft.KeyVault/vaults", "properties.enableRbacAuthorization", "true")]
    [InlineData("keyvault", "Microsoft.KeyVault/vaults", "properties.enablePurgeProtection", "true")]
    [InlineData("monitoring", "Microsoft.Insights/components", "properties.DisableLocalAuth", "true")]
    public void Module_SetsRequiredProperty(string module, string type, string path, string expectedJson)
    {
        InfraAssert.SetsProperty(CompiledInfra.Module(module), type, path, expectedJson);
    }

    [Fact]
    public void ApplicationInsights_IsBasedOnTheLogAnalyticsWorkspace()
    {
        ArmTemplate monitoring = CompiledInfra.Module("monitoring");

        Assert.Equal(
            monitoring.Resource("Microsoft.OperationalInsights/workspaces").Id,
            ArmValue.Text(monitoring.Resource("Microsoft.Insights/components").Property("properties.WorkspaceResourceId")));
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
