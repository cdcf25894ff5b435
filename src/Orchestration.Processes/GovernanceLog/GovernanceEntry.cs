using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Records;

namespace Orchestration.Processes.GovernanceLog;

/// <summary>
/// A governance record as one entry of a governance log: the log it goes to, who acted, when, the ledger details,
/// and the record itself as a payload, whose digest identifies the entry (and so makes writing it idempotent).
/// </summary>
/// <param name="LogId">The log's partition (its run id in the ledger).</param>
/// <param name="Actor">Who acted.</param>
/// <param name="At">When.</param>
/// <param name="Details">What the ledger record says.</param>
/// <param name="Payload">The governance record, as JSON.</param>
internal sealed record GovernanceEntry(string LogId, string Actor, DateTimeOffset At, EvidenceDetails Details, EvidencePayload Payload)
{
    /// <summary>The payload's role in the ledger record.</summary>
    public const string PayloadRole = "governance-record";

    public static GovernanceEntry From(GovernanceRecord record) => record switch
    {
        KillSwitchRecord { Change: var change } => new(
            GovernanceLedgerSink.KillSwitchLog,
            change.Actor,
            change.At,
            new KillSwitchDetails(ScopeOf(change), change.Action.ToString().ToLowerInvariant(), change.Reason, change.Actor),
            PayloadOf(record)),
        RefusalRecord { Refusal: var refusal } => new(
            GovernanceLedgerSink.RefusalLog,
            refusal.AgentId ?? "governance",
            record.At,
            new RefusalDetails(refusal.ActivityName ?? "dispatch", refusal.Code, refusal.Reason),
            PayloadOf(record)),
        _ => throw new NotSupportedException($"No governance log takes a {record.GetType().Name}."),
    };

    /// <summary>The ledger record of this entry, to append to its log, with the payload it refers to.</summary>
    /// <returns>The draft; the log sets its sequence and hashes.</returns>
    public LedgerLogDraft Draft() => new(
        new EvidenceRecord(LogId, 0, GovernanceLedgerSink.LogName, GovernanceLedgerSink.LogVersion, Actor, At, Details, string.Empty, string.Empty,
            [Payload.Reference(PayloadRole)]),
        [Payload]);

    private static string ScopeOf(KillSwitchChange change) =>
        change.Scope == KillSwitchScope.Global ? "global" : $"{change.Scope.ToString().ToLowerInvariant()}:{change.Target}";

    private static EvidencePayload PayloadOf(GovernanceRecord record) =>
        EvidencePayload.FromContent(JsonSerializer.SerializeToUtf8Bytes(record, record.GetType(), WorkflowJson.Options), "application/json");
}
