namespace Orchestration.Deployment.Tests;

/// <summary>
/// The Function app authenticates to everything as its user-assigned identity (infra/modules/identity.bicep): the
/// roles are granted to that identity, and every setting and property that picks an identity picks it.
/// </summary>
public sealed class ManagedIdentityTests
{
    // Each row: a built-in role the identity must hold, the module that grants it and the resource it is granted on.
    [Theory]
    [InlineData("storage", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Owner
    [InlineData("storage", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")] // Storage Queue Data Contributor
    [InlineData("storage", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts")] // Storage Table Data Contributor
    [InlineData("keyvault", "4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")] // Key Vault Secrets User
    [InlineData("monitoring", "3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components")] // Monitoring Metrics Publisher
    public void Identity_HoldsRole(string module, string roleId, string scopeType)
    {
        InfraAssert.GrantsRole(CompiledInfra.Module(module), roleId, scopeType, CompiledInfra.Identity("principalId"));
    }

    [Fact]
    public void FunctionApp_RunsAsTheIdentityAlone()
    {
        ArmResource app = CompiledInfra.Module("function-app").Resource("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", ArmValue.Text(app.Property("identity.type")));
        Assert.Equal([CompiledInfra.Identity("id")], app.Property("identity.userAssignedIdentities")!.AsObject().Select(identity => identity.Key));
    }

    [Fact]
    public void FunctionApp_ResolvesKeyVaultReferencesAsTheIdentity()
    {
        ArmResource app = CompiledInfra.Module("function-app").Resource("Microsoft.Web/sites");

        Assert.Equal(CompiledInfra.Identity("id"), ArmValue.Text(app.Property("properties.keyVaultReferenceIdentity")));
    }

    [Fact]
    public void FunctionApp_ReadsItsDeploymentPackageAsTheIdentity()
    {
        ArmResource app = CompiledInfra.Module("function-app").Resource("Microsoft.Web/sites");

        Assert.Equal(
            CompiledInfra.Identity("id"),
            ArmValue.Text(app.Property("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId")));
    }

    // The settings through which the host, the Durable Task backend, the evidence store and the Azure SDKs pick the
    // identity to authenticate with.
    [Theory]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("Evidence__ManagedIdentityClientId")]
    [InlineData("AZURE_CLIENT_ID")]
    public void FunctionAppSetting_IsTheIdentitysClientId(string setting)
    {
        Assert.Equal(CompiledInfra.Identity("clientId"), ArmValue.Text(CompiledInfra.AppSettings()[setting]));
    }
}
