using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestration.Abstractions;
using Orchestration.Api.Starters;
using Orchestration.Governance.Agents;
using Orchestration.LocalHost.DevServer;

namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>
/// The dev server in process (its real Program, API and embedded engine on a temp folder) with fixed keys and the
/// test workflows added. One per test class; runs are told apart by their ids. <see cref="DurableDevServerFactory"/>
/// puts the Durable Task runtime under the same API.
/// </summary>
public class DevServerFactory : WebApplicationFactory<Program>
{
    public const string SystemKey = "test-system-key-3f9a";
    public const string StarterKey = "test-default-starter-key";
    public const string EchoStarterKey = "test-echo-starter-key";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "of-api-tests", Guid.NewGuid().ToString("N"));

    public SwitchableStartGate Gate { get; } = new();

    /// <summary>Gets a value indicating whether the runtime serves a run's history through its client.</summary>
    public virtual bool ServesHistory => true;

    public IWorkflowClient WorkflowClient => Services.GetRequiredService<IWorkflowClient>();

    /// <summary>A client that sends the system key.</summary>
    public HttpClient CreateSystemClient() => CreateKeyedClient(SystemKey);

    /// <summary>A client that sends the given key, or none.</summary>
    public HttpClient CreateKeyedClient(string? key)
    {
        HttpClient client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    public async Task<string> StartAsync(string workflow, object input, string? instanceId = null)
    {
        using HttpClient client = CreateSystemClient();
        using HttpResponseMessage response = await client.PostAsJsonAsync($"/api/workflows/{workflow}{(instanceId is null ? "" : "/" + instanceId)}", input);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StartAnswer>())!.Id;
    }

    public async Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId)
    {
        using CancellationTokenSource hang = new(TimeSpan.FromSeconds(30));
        return await WorkflowClient.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, hang.Token);
    }

    /// <summary>Waits until the engine is idle (the engine only: the Durable Task runtime has no such state).</summary>
    public async Task WaitForIdleAsync()
    {
        using CancellationTokenSource hang = new(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<EmbeddedEngineService>().WaitForIdleAsync(hang.Token);
    }

    /// <summary>Waits until a run shows a status that a request (suspend, resume) leads to once the runtime has handled it.</summary>
    public Task<WorkflowMetadata> WaitForStatusAsync(string instanceId, WorkflowRuntimeStatus status) =>
        WaitUntilAsync(instanceId, run => run.RuntimeStatus == status);

    /// <summary>
    /// Waits until a run meets a condition. Neither runtime signals changes of state, so the client is asked again
    /// every 20 ms, for at most 30 s.
    /// </summary>
    public async Task<WorkflowMetadata> WaitUntilAsync(string instanceId, Func<WorkflowMetadata, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using CancellationTokenSource hang = new(TimeSpan.FromSeconds(30));
        while (true)
        {
            WorkflowMetadata? run = await WorkflowClient.GetInstanceAsync(instanceId, getInputsAndOutputs: true, hang.Token);
            if (run is not null && condition(run))
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), hang.Token);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("LocalHost:DataDirectory", dataDirectory);
        builder.UseSetting("OrchestrationApi:Keys:SystemKey", SystemKey);
        builder.UseSetting("OrchestrationApi:Keys:DefaultStarterKey", StarterKey);
        builder.UseSetting($"OrchestrationApi:Keys:StarterKeys:{TestWorkflows.Echo}", EchoStarterKey);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IWorkflowRegistration, TestWorkflows>();
            services.AddSingleton<IWorkflowStartGate>(Gate);
            // The test workflows' activity acts for no registered agent; governance would refuse it, rightly.
            AgentRegistry agents = (AgentRegistry)services.Single(d => d.ServiceType == typeof(AgentRegistry)).ImplementationInstance!;
            services.Replace(ServiceDescriptor.Singleton(agents.WithExempt([TestWorkflows.ShoutActivity])));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private sealed record StartAnswer(string Id);
}
