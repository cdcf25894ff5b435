using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Tests.Durable;

public sealed class DurableFailuresTests
{
    [Fact]
    public void FromFailedRunOutput_AzureStorageOutput_SplitsTypeFromMessage()
    {
        WorkflowFailureDetails? failure = DurableFailures.FromFailedRunOutput(
            "Orchestration.Abstractions.WorkflowTaskFailedException: Task 'PostInvoiceActivity' (#4) failed with an unhandled exception: ERP: rejected");

        Assert.Equal(
            new WorkflowFailureDetails(
                typeof(WorkflowTaskFailedException).FullName!, "Task 'PostInvoiceActivity' (#4) failed with an unhandled exception: ERP: rejected"),
            failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{\"status\":\"Refused\"}")]
    [InlineData("Ledger does not balance: 12.40 EUR off")]
    public void FromFailedRunOutput_NoTypeAndMessage_ReturnsNull(string? output)
    {
        Assert.Null(DurableFailures.FromFailedRunOutput(output));
    }
}
