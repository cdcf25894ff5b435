namespace Orchestration.Abstractions.Tests.Client;

public sealed class WorkflowMetadataTests
{
    [Fact]
    public void ReadOutputAs_SerializedRecord_ReturnsRecord()
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1")
        {
            SerializedOutput = """{"invoiceNumber":"INV-1","posted":true}""",
        };

        Assert.Equal(new PostingResult("INV-1", Posted: true), metadata.ReadOutputAs<PostingResult>());
    }

    [Fact]
    public void ReadOutputAs_NoOutput_ReturnsDefault()
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1");

        Assert.Null(metadata.ReadOutputAs<PostingResult>());
    }

    [Fact]
    public void ReadOutputAs_OutputWithUnknownMember_ThrowsJsonException()
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1")
        {
            SerializedOutput = """{"invoiceNumber":"INV-1","posted":true,"extra":1}""",
        };

        Assert.Throws<System.Text.Json.JsonException>(() => metadata.ReadOutputAs<PostingResult>());
    }

    [Fact]
    public void ReadInputAs_SerializedString_ReturnsString()
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1") { SerializedInput = "\"INV-1\"" };

        Assert.Equal("INV-1", metadata.ReadInputAs<string>());
    }

    [Fact]
    public void ReadCustomStatusAs_SerializedRecord_ReturnsRecord()
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1")
        {
            SerializedCustomStatus = """{"invoiceNumber":"INV-1","posted":false}""",
        };

        Assert.Equal(new PostingResult("INV-1", Posted: false), metadata.ReadCustomStatusAs<PostingResult>());
    }

    [Theory]
    [InlineData(WorkflowRuntimeStatus.Completed, true)]
    [InlineData(WorkflowRuntimeStatus.Failed, true)]
    [InlineData(WorkflowRuntimeStatus.Terminated, true)]
    [InlineData(WorkflowRuntimeStatus.Running, false)]
    [InlineData(WorkflowRuntimeStatus.Pending, false)]
    [InlineData(WorkflowRuntimeStatus.Suspended, false)]
    public void IsCompleted_EachStatus_TrueOnlyWhenTerminal(WorkflowRuntimeStatus status, bool expected)
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1") { RuntimeStatus = status };

        Assert.Equal(expected, metadata.IsCompleted);
    }

    [Fact]
    public void IsRunning_RunningStatus_ReturnsTrue()
    {
        WorkflowMetadata metadata = new("InvoiceApprovalWorkflow", "run-1") { RuntimeStatus = WorkflowRuntimeStatus.Running };

        Assert.True(metadata.IsRunning);
    }

    public sealed record PostingResult(string InvoiceNumber, bool Posted);
}
