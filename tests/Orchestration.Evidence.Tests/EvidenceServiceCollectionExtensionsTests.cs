using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Abstractions;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Tests;

public sealed class EvidenceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddEvidenceLedger_LocalStore_ResolvesSqliteStore()
    {
        using ServiceProvider provider = Build(new() { ["Evidence:Store"] = "Local", ["Evidence:LocalPath"] = TempPath() });

        Assert.IsType<SqliteEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());
    }

    [Fact]
    public void AddEvidenceLedger_Registration_AddsRecordingAndSealActivities()
    {
        using ServiceProvider provider = Build(new() { ["Evidence:LocalPath"] = TempPath() });
        WorkflowRegistry registry = new();

        foreach (IWorkflowRegistration registration in provider.GetServices<IWorkflowRegistration>())
        {
            registration.AddTo(registry);
        }

        Assert.Equal([nameof(RecordEvidenceActivity), nameof(SealRunActivity)], registry.ActivityNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddEvidenceLedger_TableStoreWithoutAccount_ThrowsNamingSettings()
    {
        using ServiceProvider provider = Build(new() { ["Evidence:Store"] = "Table" });

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IEvidenceStore>());

        Assert.Contains("Evidence:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEvidenceLedger_TableStoreWithConnectionString_ResolvesTableStore()
    {
        using ServiceProvider provider = Build(new() { ["Evidence:Store"] = "Table", ["Evidence:ConnectionString"] = "UseDevelopmentStorage=true" });

        Assert.IsType<TableEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddEvidenceLedger(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    private static string TempPath() => Path.Combine(Path.GetTempPath(), "evidence-tests", Guid.NewGuid().ToString("N"), "evidence.db");
}
