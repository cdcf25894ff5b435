namespace Orchestration.Deployment.Tests;

/// <summary>
/// Run seals are write-once: the container the app writes them to is under a time-based immutability policy
/// (infra/modules/storage.bicep) for the deployment's evidenceRetentionDays.
/// </summary>
public sealed class EvidenceSealContainerTests
{
    private const string SealContainer = "evidence-seals";

    private static ArmResource Policy() =>
        CompiledInfra.Module("storage").Resource("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");

    [Fact]
    public void ImmutabilityPolicy_IsOnTheSealContainer()
    {
        ArmResource container = CompiledInfra.Module("storage").Resources("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Single(candidate => candidate.Name == SealContainer);

        Assert.Equal(container.Id, Policy().ParentId);
    }

    [Fact]
    public void ImmutabilityPolicy_LastsTheRetentionParameter()
    {
        Assert.Equal("[parameters('evidenceRetentionDays')]", ArmValue.Text(Policy().Property("properties.immutabilityPeriodSinceCreationInDays")));
    }

    [Fact]
    public void ImmutabilityPolicy_AllowsNoAppendsToProtectedBlobs()
    {
        Assert.Equal("false", ArmValue.Text(Policy().Property("properties.allowProtectedAppendWrites")));
    }

    [Fact]
    public void FunctionApp_WritesSealsToTheSealContainer()
    {
        Assert.Equal(SealContainer, ArmValue.Text(CompiledInfra.AppSettings()["Evidence__SealContainer"]));
    }
}
