using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Client;

/// <summary>Suspend, resume and terminate through the client, and the refusals around them.</summary>
public abstract class LifecycleConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string AwaitPayment = "AwaitPayment";
    private const string Record = "RecordPayment";
    private readonly TaskCompletionSource waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task Suspend_WaitingRun_IsSuspendedUntilResumedThenFinishes()
    {
        string id = await StartWaitingAsync();

        await Client.SuspendInstanceAsync(id, "fraud review");
        await Client.RaiseEventAsync(id, "Payment", 99.90m);
        WorkflowMetadata suspended = await WaitForStatusAsync(id, WorkflowRuntimeStatus.Suspended);
        await Client.ResumeInstanceAsync(id, "cleared");
        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Suspended, suspended.RuntimeStatus);
        Assert.Equal(99.90m, Output<decimal>(run));
    }

    [Fact]
    public async Task Terminate_WaitingRun_EndsTerminatedWithTheReasonAsOutput()
    {
        string id = await StartWaitingAsync();

        await Client.TerminateInstanceAsync(id, "duplicate invoice");
        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Terminated, run.RuntimeStatus);
        Assert.Equal("duplicate invoice", WorkflowJson.Deserialize<string>(run.SerializedOutput));
    }

    [Fact]
    public async Task Terminate_FinishedRun_IsRefusedAsNotRunning()
    {
        string id = await StartWaitingAsync();
        await Client.RaiseEventAsync(id, "Payment", 10m);
        await Runtime.WaitForCompletionAsync(id);

        WorkflowInstanceNotRunningException refused = await Assert.ThrowsAsync<WorkflowInstanceNotRunningException>(
            () => Client.TerminateInstanceAsync(id, "too late"));

        Assert.Equal(WorkflowRuntimeStatus.Completed, refused.Status);
    }

    [Fact]
    public async Task RaiseEvent_NoSuchRun_IsRefusedAsNotFound()
    {
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => Client.RaiseEventAsync("no-such-run", "Payment", 1m));
    }

    [Fact]
    public async Task Schedule_InstanceIdTaken_IsRefusedAndStartsNothing()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitPayment, null, new StartWorkflowOptions("payment-INV-31"));

        WorkflowInstanceExistsException refused = await Assert.ThrowsAsync<WorkflowInstanceExistsException>(
            () => Client.ScheduleNewWorkflowAsync(Record, 5m, new StartWorkflowOptions(id)));

        Assert.Equal(id, refused.InstanceId);
        Assert.Equal(AwaitPayment, (await Client.GetInstanceAsync(id))!.Name);
    }

    [Theory]
    [InlineData("invoice#42")]
    [InlineData("invoice/42")]
    [InlineData("invoice?42")]
    public async Task Schedule_InstanceIdAzureStorageCannotKeep_IsRefused(string instanceId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.ScheduleNewWorkflowAsync(Record, 5m, new StartWorkflowOptions(instanceId)));

        Assert.Null(await Client.GetInstanceAsync(instanceId));
    }

    [Fact]
    public async Task Schedule_UnknownWorkflow_IsRefused()
    {
        await Assert.ThrowsAsync<UnknownWorkflowException>(() => Client.ScheduleNewWorkflowAsync("NoSuchWorkflow"));
    }

    [Fact]
    public async Task Schedule_InputOfTheWrongShape_IsRefusedNamingTheField()
    {
        InvalidWorkflowInputException refused = await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => Client.ScheduleNewWorkflowAsync(Record, "ninety-nine"));

        Assert.NotEmpty(refused.Errors);
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<object?, decimal>(AwaitPayment, async (context, _) =>
        {
            await context.CallActivityAsync<decimal>(Record, 0m);
            return await context.WaitForExternalEvent<decimal>("Payment");
        })
        .AddWorkflow<decimal, decimal>(Record, (_, amount) => Task.FromResult(amount))
        .AddActivity<decimal, decimal>(Record, (_, amount) =>
        {
            waiting.TrySetResult();
            return Task.FromResult(amount);
        });

    // Started and past its first activity: the next thing it does is wait for the payment.
    private async Task<string> StartWaitingAsync()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitPayment);
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return id;
    }
}

public sealed class LifecycleOnEngine() : LifecycleConformance(Runtimes.Runtimes.Engine);

public sealed class LifecycleOnDurableTask() : LifecycleConformance(Runtimes.Runtimes.DurableTask);
