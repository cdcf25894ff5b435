using Orchestration.Abstractions;

namespace Orchestration.Governance.Refusals;

/// <summary>
/// Carries a <see cref="GovernanceRefusal"/> across the activity boundary. Its full type name is the failure's stable
/// <c>ErrorType</c>; its message starts with <c>[code]</c>, so workflow code can read the code back from
/// <see cref="WorkflowFailureDetails"/> with <see cref="TryGetCode"/>.
/// </summary>
public sealed class GovernanceRefusalException : Exception
{
    /// <summary>The failure's <c>ErrorType</c> on both runtimes.</summary>
    public static readonly string ErrorType = typeof(GovernanceRefusalException).FullName!;

    /// <summary>Initializes a new instance of the <see cref="GovernanceRefusalException"/> class.</summary>
    /// <param name="refusal">The refusal.</param>
    public GovernanceRefusalException(GovernanceRefusal refusal)
        : base(Format(refusal))
    {
        Refusal = refusal;
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceRefusalException"/> class.</summary>
    public GovernanceRefusalException()
        : this(new GovernanceRefusal(RefusalCodes.GovernanceError, "refused"))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceRefusalException"/> class.</summary>
    /// <param name="message">The reason.</param>
    public GovernanceRefusalException(string message)
        : this(new GovernanceRefusal(RefusalCodes.GovernanceError, message))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceRefusalException"/> class.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public GovernanceRefusalException(string message, Exception innerException)
        : base(Format(new GovernanceRefusal(RefusalCodes.GovernanceError, message)), innerException)
    {
        Refusal = new GovernanceRefusal(RefusalCodes.GovernanceError, message);
    }

    /// <summary>Gets the refusal.</summary>
    public GovernanceRefusal Refusal { get; }

    /// <summary>Reads the refusal code from a failure that crossed the durable boundary.</summary>
    /// <param name="failure">The failure details, for example from <see cref="WorkflowTaskFailedException"/>.</param>
    /// <param name="code">The refusal code.</param>
    /// <returns>True when the failure is a governance refusal.</returns>
    public static bool TryGetCode(WorkflowFailureDetails? failure, out string code)
    {
        code = string.Empty;
        if (failure is null || !string.Equals(failure.ErrorType, ErrorType, StringComparison.Ordinal) || !failure.ErrorMessage.StartsWith('['))
        {
            return false;
        }

        int end = failure.ErrorMessage.IndexOf(']', StringComparison.Ordinal);
        code = end > 1 ? failure.ErrorMessage[1..end] : string.Empty;
        return end > 1;
    }

    private static string Format(GovernanceRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return $"[{refusal.Code}] {refusal.Reason}";
    }
}
