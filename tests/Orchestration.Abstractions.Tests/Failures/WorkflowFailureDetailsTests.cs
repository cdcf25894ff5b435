namespace Orchestration.Abstractions.Tests.Failures;

public sealed class WorkflowFailureDetailsTests
{
    [Fact]
    public void FromException_PlainException_RecordsFullTypeNameAndMessage()
    {
        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(new InvalidOperationException("ledger closed"));

        Assert.Equal("System.InvalidOperationException", details.ErrorType);
        Assert.Equal("ledger closed", details.ErrorMessage);
        Assert.Null(details.InnerFailure);
    }

    [Fact]
    public void FromException_ThrownException_RecordsStackTrace()
    {
        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(Thrown(new TimeoutException("late")));

        Assert.Contains(nameof(Thrown), details.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void FromException_InnerChain_RecordsEveryLevel()
    {
        Exception error = new InvalidOperationException(
            "posting failed", new ArgumentException("bad cost center", new FormatException("not a number")));

        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(error);

        Assert.Equal("System.ArgumentException", details.InnerFailure?.ErrorType);
        Assert.Equal("bad cost center", details.InnerFailure?.ErrorMessage);
        Assert.Equal("System.FormatException", details.InnerFailure?.InnerFailure?.ErrorType);
        Assert.Null(details.InnerFailure?.InnerFailure?.InnerFailure);
    }

    [Fact]
    public void FromException_TaskFailedException_KeepsOriginalCauseAsInner()
    {
        WorkflowFailureDetails cause = new("System.TimeoutException", "ERP did not answer", "at Erp.Post()");
        WorkflowTaskFailedException wrapped = new("PostToErp", 3, cause);

        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(wrapped);

        Assert.Equal(typeof(WorkflowTaskFailedException).FullName, details.ErrorType);
        Assert.Equal(wrapped.Message, details.ErrorMessage);
        Assert.Same(cause, details.InnerFailure);
    }

    [Fact]
    public void FromException_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => WorkflowFailureDetails.FromException(null!));
    }

    [Fact]
    public void IsCausedBy_ExactType_ReturnsTrue()
    {
        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(new ArgumentNullException("invoice"));

        Assert.True(details.IsCausedBy<ArgumentNullException>());
    }

    [Fact]
    public void IsCausedBy_BaseType_ReturnsTrue()
    {
        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(new ArgumentNullException("invoice"));

        Assert.True(details.IsCausedBy<ArgumentException>());
        Assert.True(details.IsCausedBy<Exception>());
    }

    [Fact]
    public void IsCausedBy_UnrelatedType_ReturnsFalse()
    {
        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(new ArgumentNullException("invoice"));

        Assert.False(details.IsCausedBy<InvalidOperationException>());
    }

    [Fact]
    public void IsCausedBy_TypeFromAnotherAssembly_MatchesItsBaseType()
    {
        WorkflowFailureDetails details = WorkflowFailureDetails.FromException(new PostingRejectedException("period closed"));

        Assert.True(details.IsCausedBy<InvalidOperationException>());
        Assert.False(details.IsCausedBy<TimeoutException>());
    }

    [Fact]
    public void IsCausedBy_RecordedTypeNotLoaded_ReturnsFalse()
    {
        WorkflowFailureDetails details = new("Contoso.Erp.PeriodClosedException", "period closed");

        Assert.False(details.IsCausedBy<Exception>());
    }

    [Fact]
    public void ToString_Always_ShowsTypeAndMessage()
    {
        WorkflowFailureDetails details = new("System.TimeoutException", "late");

        Assert.Equal("System.TimeoutException: late", details.ToString());
    }

    private static Exception Thrown(Exception error)
    {
        try
        {
            throw error;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }

    private sealed class PostingRejectedException(string message) : InvalidOperationException(message);
}
