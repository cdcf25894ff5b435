using System.Text.Json;
using Orchestration.Functions.Hosting;

namespace Orchestration.Deployment.Tests;

public sealed class HostJsonTests
{
    private static JsonElement DurableTask(JsonDocument host) => host.RootElement.GetProperty("extensions").GetProperty("durableTask");

    [Fact]
    public void HostJson_IsVersionTwo()
    {
        using JsonDocument host = HostJson.Read();

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void HubName_ComesFromTheTaskHubSetting()
    {
        using JsonDocument host = HostJson.Read();

        Assert.Equal($"%{FunctionsSettingNames.TaskHub}%", DurableTask(host).GetProperty("hubName").GetString());
    }

    [Fact]
    public void StorageProvider_UsesTheHostStorageConnection()
    {
        using JsonDocument host = HostJson.Read();

        JsonElement provider = DurableTask(host).GetProperty("storageProvider");
        Assert.Equal(FunctionsSettingNames.Storage, provider.GetProperty("connectionName").GetString());
        Assert.InRange(provider.GetProperty("partitionCount").GetInt32(), 1, 16);
    }

    [Theory]
    [InlineData("maxConcurrentActivityFunctions")]
    [InlineData("maxConcurrentOrchestratorFunctions")]
    [InlineData("maxConcurrentEntityFunctions")]
    public void ConcurrencyLimits_AreSetAndPositive(string limit)
    {
        using JsonDocument host = HostJson.Read();

        Assert.True(DurableTask(host).GetProperty(limit).GetInt32() > 0);
    }

    [Fact]
    public void Tracing_DoesNotWriteInputsAndOutputsToLogs()
    {
        // Inputs and outputs carry invoices and personal data; the evidence ledger, not the logs, keeps them.
        using JsonDocument host = HostJson.Read();

        Assert.False(DurableTask(host).GetProperty("tracing").GetProperty("traceInputsAndOutputs").GetBoolean());
    }

    [Fact]
    public void LogLevels_SetADefaultAndQuietTheDurableTaskFramework()
    {
        using JsonDocument host = HostJson.Read();

        JsonElement levels = host.RootElement.GetProperty("logging").GetProperty("logLevel");
        Assert.True(levels.TryGetProperty("default", out _));
        Assert.Equal("Warning", levels.GetProperty("DurableTask.Core").GetString());
        Assert.Equal("Warning", levels.GetProperty("DurableTask.AzureStorage").GetString());
    }

    [Fact]
    public void FunctionsProject_LinksTheRootHostJson()
    {
        string project = Repository.ReadText("src/Orchestration.Functions/Orchestration.Functions.csproj");

        Assert.Contains("Include=\"../../host.json\" Link=\"host.json\"", project, StringComparison.Ordinal);
        Assert.False(File.Exists(Repository.PathOf("src/Orchestration.Functions/host.json")), "a second host.json would shadow the root one");
    }
}
