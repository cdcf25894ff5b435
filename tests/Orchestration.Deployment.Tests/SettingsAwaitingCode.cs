namespace Orchestration.Deployment.Tests;

/// <summary>
/// Settings the sample and the infrastructure declare before the code that reads them lands. Each entry names that
/// code; <see cref="InfraTests.AwaitingCode_IsNotReadYet"/> fails once the code reads one, so no entry outlives its reason.
/// </summary>
internal static class SettingsAwaitingCode
{
    public static readonly string[] Names =
    [
        "Approvals__SigningKey", // the approvals issue: the key that signs approval links (Key Vault reference in Azure)
    ];
}
