namespace Orchestration.Abstractions;

/// <summary>
/// A failure as it crosses the durable boundary: a record, never a serialized exception.
/// Mirrors Durable Functions' <c>TaskFailureDetails</c>.
/// </summary>
/// <param name="ErrorType">The full .NET type name of the original exception.</param>
/// <param name="ErrorMessage">The original exception's message.</param>
/// <param name="StackTrace">The original stack trace, when there was one.</param>
/// <param name="InnerFailure">The inner exception chain.</param>
public sealed record WorkflowFailureDetails(
    string ErrorType,
    string ErrorMessage,
    string? StackTrace = null,
    WorkflowFailureDetails? InnerFailure = null)
{
    /// <summary>Captures an exception and its inner chain.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The failure details.</returns>
    public static WorkflowFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is WorkflowTaskFailedException { FailureDetails: var nested } wrapped)
        {
            // A failure re-thrown from a nested task keeps the original cause as its inner failure.
            return new(wrapped.GetType().FullName!, wrapped.Message, wrapped.StackTrace, nested);
        }

        return new(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            exception.InnerException is null ? null : FromException(exception.InnerException));
    }

    /// <summary>Tells whether the failure was caused by <typeparamref name="T"/> or a type derived from it.</summary>
    /// <typeparam name="T">The exception type.</typeparam>
    /// <returns>True when the recorded error type is, or derives from, <typeparamref name="T"/>.</returns>
    public bool IsCausedBy<T>()
        where T : Exception => IsCausedBy(typeof(T));

    /// <summary>Tells whether the failure was caused by <paramref name="exceptionType"/> or a type derived from it.</summary>
    /// <param name="exceptionType">The exception type.</param>
    /// <returns>True when the recorded error type is, or derives from, <paramref name="exceptionType"/>.</returns>
    public bool IsCausedBy(Type exceptionType)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        if (string.Equals(ErrorType, exceptionType.FullName, StringComparison.Ordinal))
        {
            return true;
        }

        Type? recorded = ExceptionTypes.Find(ErrorType);
        return recorded is not null && exceptionType.IsAssignableFrom(recorded);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}
