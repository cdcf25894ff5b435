using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orchestration.Abstractions;
using Orchestration.Functions.Hosting;
using Orchestration.Api.Management;
using Orchestration.Api.Security;
using Orchestration.Processes.Invoices;
using Orchestration.TestKit;

namespace Orchestration.Functions.Tests.Hosting;

public sealed class FunctionsHostingExtensionsTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? before = null, Dictionary<string, string?>? settings = null)
    {
        // The ledger's local store writes a SQLite file: keep it out of the user's profile.
        Dictionary<string, string?> values = new(settings ?? []) { ["Evidence:LocalPath"] = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.db") };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        ServiceCollection services = new();
        services.AddLogging();
        before?.Invoke(services);
        services.AddFunctionsApp(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddFunctionsHosting_TrustsTheFunctionsHostsKeyCheck()
    {
        using ServiceProvider provider = Build();

        Assert.True(provider.GetRequiredService<IOptions<ApiKeyOptions>>().Value.TrustHostAuthorization);
    }

    [Fact]
    public void AddFunctionsHosting_ManagementUrlsNameTheTaskHubAndConnectionOfHostJson()
    {
        using ServiceProvider provider = Build(settings: new() { [FunctionsSettingNames.TaskHub] = "OrchestrationProd" });

        ManagementOptions management = provider.GetRequiredService<IOptions<ManagementOptions>>().Value;
        Assert.Equal("OrchestrationProd", management.TaskHub);
        Assert.Equal(FunctionsSettingNames.Storage, management.Connection);
    }

    [Fact]
    public void AddFunctionsApp_RegistryHoldsTheProcessesAndEveryRegistration()
    {
        using ServiceProvider provider = Build(services => services.AddSingleton<IWorkflowRegistration>(new ExtraActivity()));

        WorkflowRegistry registry = provider.GetRequiredService<WorkflowRegistry>();
        Assert.Contains(nameof(InvoiceApprovalWorkflow), registry.WorkflowNames);
        Assert.Contains(nameof(PostInvoiceActivity), registry.ActivityNames);
        Assert.Contains(nameof(ExtraActivity), registry.ActivityNames);
    }

    [Fact]
    public void AddFunctionsApp_RegistryHoldsTheEvidenceActivities()
    {
        using ServiceProvider provider = Build();

        WorkflowRegistry registry = provider.GetRequiredService<WorkflowRegistry>();
        Assert.Contains(nameof(Orchestration.Evidence.Recording.RecordEvidenceActivity), registry.ActivityNames);
        Assert.Contains(nameof(Orchestration.Evidence.Recording.SealRunActivity), registry.ActivityNames);
    }

    [Fact]
    public void ProgramCs_ComposesTheServicesTheseTestsBuild()
    {
        string program = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Orchestration.Functions", "Program.cs"));

        Assert.Contains($"builder.Services.{nameof(FunctionsHostingExtensions.AddFunctionsApp)}(builder.Configuration);", program, StringComparison.Ordinal);
        Assert.Contains("builder.ConfigureFunctionsWebApplication();", program, StringComparison.Ordinal);
    }

    private sealed class ExtraActivity : IWorkflowRegistration
    {
        public void AddTo(WorkflowRegistry registry) =>
            registry.AddActivity<string, string>(nameof(ExtraActivity), (_, text) => Task.FromResult(text));
    }
}
