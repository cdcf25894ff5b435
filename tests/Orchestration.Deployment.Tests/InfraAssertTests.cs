using Xunit.Sdk;

namespace Orchestration.Deployment.Tests;

/// <summary>The checks on the compiled template refuse a template that breaks them (one compile of a small Bicep file).</summary>
public sealed class InfraAssertTests
{
    // A storage account with shared keys on, and a role on it granted only under a condition.
    private const string WrongStorage = """
        param location string = resourceGroup().location
        param principalId string = ''

        resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'stsharedkeys'
          location: location
          kind: 'StorageV2'
          sku: { name: 'Standard_LRS' }
          properties: { allowSharedKeyAccess: true }
        }

        resource access 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
          name: guid(account.id, principalId)
          scope: account
          properties: {
            roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
            principalId: principalId
            principalType: 'ServicePrincipal'
          }
        }
        """;

    private static readonly Lazy<ArmTemplate> Compiled = new(Compile);

    [Fact]
    public void SetsProperty_SharedKeysOn_Fails()
    {
        XunitException failure = Assert.ThrowsAny<XunitException>(() =>
            InfraAssert.SetsProperty(Compiled.Value, "Microsoft.Storage/storageAccounts", "properties.allowSharedKeyAccess", "false"));

        Assert.Contains("properties.allowSharedKeyAccess is true, not false", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrantsRole_OnlyUnderACondition_Fails()
    {
        XunitException failure = Assert.ThrowsAny<XunitException>(() => InfraAssert.GrantsRole(
            Compiled.Value, "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts", "[parameters('principalId')]"));

        Assert.Contains("0 unconditional assignments", failure.Message, StringComparison.Ordinal);
    }

    private static ArmTemplate Compile()
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("bicep-check-");
        try
        {
            string source = Path.Combine(folder.FullName, "wrong.bicep");
            string compiled = Path.Combine(folder.FullName, "wrong.json");
            File.WriteAllText(source, WrongStorage);
            BicepCli.Build(source, compiled);
            return ArmTemplate.Parse(File.ReadAllText(compiled));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
