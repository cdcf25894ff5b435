using Grpc.Core;
using Microsoft.DurableTask.Client;
using Moq;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Tests.Durable;

/// <summary>The client adapter where the Functions host, which cannot run here, answers differently from the test hosts.</summary>
public sealed class DurableWorkflowClientTests
{
    [Fact]
    public async Task GetHistoryAsync_FunctionsHostWithoutHistoryRpcMocked_ReturnsNoEventsInsteadOfFailing()
    {
        Mock<DurableTaskClient> host = new("functions-host");
        host.Setup(client => client.GetInstanceAsync("invoice-INV-1", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("InvoiceApprovalWorkflow", "invoice-INV-1") { RuntimeStatus = OrchestrationRuntimeStatus.Completed });
        host.Setup(client => client.GetOrchestrationHistoryAsync("invoice-INV-1", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RpcException(new Status(StatusCode.Unimplemented, "Method is unimplemented.")));

        IReadOnlyList<WorkflowHistoryEvent> history = await new DurableWorkflowClient(host.Object, new WorkflowRegistry()).GetHistoryAsync("invoice-INV-1");

        Assert.Empty(history);
    }

    [Fact]
    public async Task GetHistoryAsync_OtherRpcFailure_IsNotHidden()
    {
        Mock<DurableTaskClient> host = new("functions-host");
        host.Setup(client => client.GetInstanceAsync("invoice-INV-2", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("InvoiceApprovalWorkflow", "invoice-INV-2") { RuntimeStatus = OrchestrationRuntimeStatus.Running });
        host.Setup(client => client.GetOrchestrationHistoryAsync("invoice-INV-2", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RpcException(new Status(StatusCode.Unavailable, "The host is restarting.")));

        await Assert.ThrowsAsync<RpcException>(() => new DurableWorkflowClient(host.Object, new WorkflowRegistry()).GetHistoryAsync("invoice-INV-2"));
    }
}
