using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>A person was asked to decide.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Step">The step waiting on it.</param>
/// <param name="Assignees">The people or roles asked.</param>
/// <param name="DueAt">When it escalates.</param>
/// <param name="EvidenceDigest">The digest of what the task shows (evidence and the agent's proposal).</param>
public sealed record HumanTaskDetails(
    string TaskId, string Step, IReadOnlyList<string> Assignees, DateTimeOffset DueAt, string EvidenceDigest) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.HumanTask;

    /// <inheritdoc/>
    public override string Summarize() => $"Task {TaskId} for {string.Join(", ", Assignees)}, due {DueAt:u}";
}

/// <summary>A person answered a task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="AnsweredBy">Who answered (an authenticated identity).</param>
/// <param name="Channel">Through what: <c>email</c>, <c>teams</c>, <c>console</c>.</param>
/// <param name="AnsweredAt">When they answered.</param>
/// <param name="Answer">The answer, e.g. <c>approve</c>.</param>
/// <param name="SeenDigest">The digest of what they were shown when they answered.</param>
/// <param name="Comment">Their comment.</param>
public sealed record HumanAnswerDetails(
    string TaskId,
    string AnsweredBy,
    string Channel,
    DateTimeOffset AnsweredAt,
    string Answer,
    string SeenDigest,
    string? Comment = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.HumanAnswer;

    /// <inheritdoc/>
    public override string Summarize() => $"{AnsweredBy} answered {Answer} on task {TaskId} via {Channel}";
}

/// <summary>A task moved up its escalation chain.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Level">The new level, from 1.</param>
/// <param name="EscalatedTo">The people or roles now asked.</param>
/// <param name="Reason">Why, e.g. <c>timeout</c>.</param>
public sealed record EscalationDetails(string TaskId, int Level, IReadOnlyList<string> EscalatedTo, string Reason) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.Escalation;

    /// <inheritdoc/>
    public override string Summarize() => $"Task {TaskId} escalated to level {Level} ({Reason})";
}
