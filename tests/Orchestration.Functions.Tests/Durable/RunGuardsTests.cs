using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Tests.Durable;

public sealed class RunGuardsTests
{
    private static WorkflowMetadata Run(WorkflowRuntimeStatus status) => new("InvoiceApprovalWorkflow", "run-1") { RuntimeStatus = status };

    [Fact]
    public void Exists_NoRun_ThrowsNotFound()
    {
        WorkflowInstanceNotFoundException missing = Assert.Throws<WorkflowInstanceNotFoundException>(() => RunGuards.Exists("run-1", null));

        Assert.Equal("run-1", missing.InstanceId);
    }

    [Theory]
    [InlineData(WorkflowRuntimeStatus.Completed)]
    [InlineData(WorkflowRuntimeStatus.Failed)]
    [InlineData(WorkflowRuntimeStatus.Terminated)]
    public void Running_FinishedRun_ThrowsNotRunning(WorkflowRuntimeStatus status)
    {
        WorkflowInstanceNotRunningException finished = Assert.Throws<WorkflowInstanceNotRunningException>(
            () => RunGuards.Running("run-1", Run(status), "raise an event for"));

        Assert.Equal(status, finished.Status);
    }

    [Theory]
    [InlineData(WorkflowRuntimeStatus.Pending)]
    [InlineData(WorkflowRuntimeStatus.Running)]
    [InlineData(WorkflowRuntimeStatus.Suspended)]
    public void Running_LiveRun_ReturnsIt(WorkflowRuntimeStatus status)
    {
        Assert.Equal(status, RunGuards.Running("run-1", Run(status), "suspend").RuntimeStatus);
    }

    [Fact]
    public void Free_TakenId_ThrowsExistsWithStatus()
    {
        WorkflowInstanceExistsException taken = Assert.Throws<WorkflowInstanceExistsException>(
            () => RunGuards.Free("run-1", Run(WorkflowRuntimeStatus.Completed)));

        Assert.Equal(WorkflowRuntimeStatus.Completed, taken.ExistingStatus);
    }

    [Fact]
    public void Free_NoRun_DoesNotThrow()
    {
        RunGuards.Free("run-1", null);
    }
}
