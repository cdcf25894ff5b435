using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;
using Orchestration.Functions.TestKit.Backends;
using Orchestration.Functions.TestKit.Sidecar;
using Orchestration.Functions.Workflows;

namespace Orchestration.Functions.TestKit;

/// <summary>
/// A registry's workflows and activities on the real Durable Task runtime, in process: the SDK's worker and client
/// over its gRPC sidecar and a backend (in memory, or Azure Storage on Azurite). Every workflow runs through the
/// Functions app's orchestrator function code (<see cref="WorkflowFunctions.RunWorkflowAsync"/>, over
/// <see cref="DurableWorkflowContext"/>) and every activity through its activity function code, filters included;
/// <see cref="Client"/> is the Functions app's <see cref="DurableWorkflowClient"/>. Shaped like the engine's
/// <c>WorkflowTestHost</c>: <c>await using var host = await DurableWorkflowTestHost.StartAsync(registry => ...)</c>.
/// </summary>
public sealed class DurableWorkflowTestHost : IAsyncDisposable
{
    private readonly IDurableBackend backend;
    private readonly DurableTaskSidecar sidecar;
    private readonly IHost worker;
    private readonly TimeSpan hangTimeout;

    private DurableWorkflowTestHost(
        IDurableBackend backend, DurableTaskSidecar sidecar, IHost worker, WorkflowRegistry registry, CommittedRuns committed, TimeSpan hangTimeout)
    {
        this.backend = backend;
        Committed = committed;
        this.sidecar = sidecar;
        this.worker = worker;
        this.hangTimeout = hangTimeout;
        Registry = registry;
        DurableClient = worker.Services.GetRequiredService<DurableTaskClient>();
        Client = new DurableWorkflowClient(DurableClient, registry);
    }

    /// <summary>Gets the seam's client: the Functions app's adapter over <see cref="DurableClient"/>.</summary>
    public IWorkflowClient Client { get; }

    /// <summary>Gets the Durable Task SDK's own client.</summary>
    public DurableTaskClient DurableClient { get; }

    /// <summary>Gets what the backend has committed of each run, to wait on without polling.</summary>
    public CommittedRuns Committed { get; }

    /// <summary>Gets the registry the runs are dispatched through.</summary>
    public WorkflowRegistry Registry { get; }

    /// <summary>Starts a host with the workflows and activities <paramref name="register"/> adds.</summary>
    /// <param name="register">Adds workflows, activities and filters.</param>
    /// <param name="options">The backend and limits; in memory by default.</param>
    /// <returns>The running host.</returns>
    public static Task<DurableWorkflowTestHost> StartAsync(Action<WorkflowRegistry> register, DurableWorkflowTestHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        WorkflowRegistry registry = new();
        register(registry);
        return StartAsync(registry, options);
    }

    /// <summary>Starts a host over a registry composed elsewhere (as the hosts compose it, say).</summary>
    /// <param name="registry">The workflows, activities and filters.</param>
    /// <param name="options">The backend and limits; in memory by default.</param>
    /// <returns>The running host.</returns>
    public static async Task<DurableWorkflowTestHost> StartAsync(WorkflowRegistry registry, DurableWorkflowTestHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        options ??= new DurableWorkflowTestHostOptions();
        IDurableBackend backend = await (options.Backend ?? InMemoryBackend.StartAsync)(options.LoggerFactory);
        DurableTaskSidecar? sidecar = null;
        CommittedRuns committed = new();
        try
        {
            sidecar = await DurableTaskSidecar.StartAsync(
                new CommitRecordingOrchestrationService(new WideConcurrencyOrchestrationService(backend.Service, options.Concurrency), committed),
                backend.Client,
                options.LoggerFactory);
            IHost worker = BuildWorker(registry, sidecar, options);
            await worker.StartAsync();
            return new DurableWorkflowTestHost(backend, sidecar, worker, registry, committed, options.HangTimeout);
        }
        catch
        {
            if (sidecar is not null)
            {
                await sidecar.DisposeAsync();
            }

            await backend.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for a run to finish, failing the test instead of hanging it.</summary>
    /// <param name="instanceId">The run.</param>
    /// <returns>The run's final state, with its input and output.</returns>
    public async Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId)
    {
        using CancellationTokenSource hang = new(hangTimeout);
        try
        {
            return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, hang.Token);
        }
        catch (OperationCanceledException) when (hang.IsCancellationRequested)
        {
            WorkflowMetadata? run = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            throw new TimeoutException($"Run '{instanceId}' did not finish within {hangTimeout}; it is {run?.RuntimeStatus.ToString() ?? "missing"}.");
        }
    }

    /// <summary>Waits until the backend has committed a state of the run that meets a condition, failing instead of hanging.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="condition">What the committed state must meet (an event received, the run finished).</param>
    /// <returns>The committed state.</returns>
    public async Task<CommittedRun> WaitForCommitAsync(string instanceId, Func<CommittedRun, bool> condition)
    {
        using CancellationTokenSource hang = new(hangTimeout);
        try
        {
            return await Committed.WaitAsync(instanceId, condition, hang.Token);
        }
        catch (OperationCanceledException) when (hang.IsCancellationRequested)
        {
            throw new TimeoutException($"Run '{instanceId}' did not reach the awaited state within {hangTimeout}.");
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync();
        worker.Dispose();
        await sidecar.DisposeAsync();
        await backend.DisposeAsync();
    }

    private static IHost BuildWorker(WorkflowRegistry registry, DurableTaskSidecar sidecar, DurableWorkflowTestHostOptions options)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(options.LoggerFactory).AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.Services.AddDurableTaskWorker(worker => worker.UseGrpc(sidecar.Channel).AddTasks(tasks => AddRegistry(tasks, registry)));
        builder.Services.AddDurableTaskClient(client => client.UseGrpc(sidecar.Channel).RegisterDirectly());
        return builder.Build();
    }

    // The Functions app's orchestrator and activity functions, under every registered name, as its metadata transformer
    // names them for the Functions host.
    private static void AddRegistry(DurableTaskRegistry tasks, WorkflowRegistry registry)
    {
        foreach (string name in registry.WorkflowNames)
        {
            tasks.AddOrchestratorFunc(name, context => WorkflowFunctions.RunWorkflowAsync(registry, context));
        }

        foreach (string name in registry.ActivityNames)
        {
            tasks.AddActivityFunc<JsonElement, JsonElement>(name, (context, input) => WorkflowFunctionRunner.RunActivityAsync(
                registry, new WorkflowActivityContext(context.Name.Name, context.InstanceId, CancellationToken.None), input));
        }
    }
}
