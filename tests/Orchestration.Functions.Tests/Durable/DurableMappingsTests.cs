using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Tests.Durable;

public sealed class DurableMappingsTests
{
    // Durable Functions' OrchestrationRuntimeStatus numbers (reference section 2: implicit values 0..7 in this order).
    [Theory]
    [InlineData(0, WorkflowRuntimeStatus.Running)]
    [InlineData(1, WorkflowRuntimeStatus.Completed)]
    [InlineData(2, WorkflowRuntimeStatus.Running)]
    [InlineData(3, WorkflowRuntimeStatus.Failed)]
    [InlineData(4, WorkflowRuntimeStatus.Terminated)]
    [InlineData(5, WorkflowRuntimeStatus.Terminated)]
    [InlineData(6, WorkflowRuntimeStatus.Pending)]
    [InlineData(7, WorkflowRuntimeStatus.Suspended)]
    public void ToWorkflowStatus_EveryDurableStatus_Maps(int durable, WorkflowRuntimeStatus expected)
    {
        Assert.Equal(expected, DurableMappings.ToWorkflowStatus(durable));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void ToWorkflowStatus_UndefinedNumber_Throws(int durable)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurableMappings.ToWorkflowStatus(durable));
    }

    [Fact]
    public void ToDurableStatus_EverySeamStatus_RoundTrips()
    {
        foreach (WorkflowRuntimeStatus status in Enum.GetValues<WorkflowRuntimeStatus>())
        {
            Assert.Equal(status, DurableMappings.ToWorkflowStatus(DurableMappings.ToDurableStatus(status)));
        }
    }
}
