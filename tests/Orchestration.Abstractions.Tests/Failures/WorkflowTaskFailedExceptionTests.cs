namespace Orchestration.Abstractions.Tests.Failures;

public sealed class WorkflowTaskFailedExceptionTests
{
    [Fact]
    public void Constructor_TaskNameIdAndDetails_FormatsDurableFunctionsMessage()
    {
        WorkflowTaskFailedException error = new("X", 3, new WorkflowFailureDetails("System.Exception", "msg"));

        Assert.Equal("Task 'X' (#3) failed with an unhandled exception: msg", error.Message);
    }

    [Fact]
    public void Constructor_TaskNameIdAndDetails_ExposesTheFacts()
    {
        WorkflowFailureDetails details = new("System.TimeoutException", "ERP did not answer");

        WorkflowTaskFailedException error = new("PostToErp", 7, details);

        Assert.Equal("PostToErp", error.TaskName);
        Assert.Equal(7, error.TaskId);
        Assert.Same(details, error.FailureDetails);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void Constructor_MessageAndInner_DerivesDetailsFromInner()
    {
        WorkflowTaskFailedException error = new("posting failed", new TimeoutException("late"));

        Assert.Equal("System.TimeoutException", error.FailureDetails.ErrorType);
        Assert.Equal("late", error.FailureDetails.ErrorMessage);
    }
}
