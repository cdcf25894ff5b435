using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>A failed step is retried.</summary>
/// <param name="Step">The step.</param>
/// <param name="Attempt">The attempt that failed, from 1.</param>
/// <param name="ErrorType">The failure's type.</param>
/// <param name="ErrorMessage">The failure's message.</param>
public sealed record RetryDetails(string Step, int Attempt, string ErrorType, string ErrorMessage) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.Retry;

    /// <inheritdoc/>
    public override string Summarize() => $"{Step} attempt {Attempt} failed: {ErrorType}";
}

/// <summary>Work was refused, never guessed: missing or invalid data, a policy, a kill switch.</summary>
/// <param name="Step">The step that refused.</param>
/// <param name="Code">A stable refusal code.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Fields">The data fields at fault, when any.</param>
public sealed record RefusalDetails(string Step, string Code, string Reason, IReadOnlyList<string>? Fields = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.Refusal;

    /// <inheritdoc/>
    public override string Summarize() => $"{Step} refused ({Code}): {Reason}";
}

/// <summary>Done work was undone.</summary>
/// <param name="Step">The step whose work is undone.</param>
/// <param name="Action">The compensating action.</param>
/// <param name="Reason">Why.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record CompensationDetails(string Step, string Action, string Reason, string Outcome) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.Compensation;

    /// <inheritdoc/>
    public override string Summarize() => $"Compensated {Step} by {Action}: {Outcome}";
}

/// <summary>The kill switch acted.</summary>
/// <param name="Scope">What it covers: an agent, a workflow, everything.</param>
/// <param name="Action">What it did: <c>engaged</c>, <c>released</c>, <c>blocked-call</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="By">Who threw it.</param>
public sealed record KillSwitchDetails(string Scope, string Action, string Reason, string By) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.KillSwitch;

    /// <inheritdoc/>
    public override string Summarize() => $"Kill switch {Action} on {Scope} by {By}: {Reason}";
}
