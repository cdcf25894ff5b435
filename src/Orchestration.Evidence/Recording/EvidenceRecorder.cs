using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Recording;

/// <summary>
/// The orchestrator's side of the ledger. Create one at the top of the workflow code; each <see cref="Record"/>
/// takes the next sequence and chains the record to the one before, in memory (hashing is pure, so it is safe in
/// workflow code). <see cref="FlushAsync"/> hands the pending records to <see cref="RecordEvidenceActivity"/> in one
/// call and <see cref="SealAsync"/> seals the run.
/// </summary>
/// <remarks>
/// WARNING: sequences come from the order of <see cref="Record"/> calls, so that order must be as deterministic as the
/// rest of the workflow code. A replay then rebuilds the very same records, and the store's idempotence on
/// (run, sequence) turns the replayed writes into no-ops.
/// </remarks>
public sealed class EvidenceRecorder
{
    /// <summary>The actor of records the orchestrator makes on its own behalf.</summary>
    public const string OrchestratorActor = "orchestrator";

    /// <summary>The largest record, as JSON, that fits a Table Storage string property (32 K characters), with room.</summary>
    public const int MaxRecordLength = 30_000;

    private static readonly WorkflowTaskOptions DefaultOptions = new(new WorkflowRetryPolicy(5, TimeSpan.FromSeconds(5), 2.0)
    {
        // A conflict is a fact (non-deterministic code or a tampered row); retrying cannot change it.
        HandleFailure = failure => !failure.IsCausedBy<Storage.EvidenceConflictException>(),
    });

    private readonly IWorkflowContext context;
    private readonly string workflowVersion;
    private readonly WorkflowTaskOptions options;
    private readonly List<EvidenceRecord> pending = [];
    private readonly List<EvidencePayload> pendingPayloads = [];
    private string lastHash;
    private bool isSealed;

    /// <summary>Initializes a new instance of the <see cref="EvidenceRecorder"/> class.</summary>
    /// <param name="context">The workflow's context.</param>
    /// <param name="workflowVersion">The workflow's version, written into every record.</param>
    /// <param name="resumeFrom">Where an earlier generation of this run (before <c>ContinueAsNew</c>) left off.</param>
    /// <param name="options">Retry options of the recording calls; default 5 attempts from 5 s, doubling.</param>
    public EvidenceRecorder(IWorkflowContext context, string workflowVersion, EvidenceCursor? resumeFrom = null, WorkflowTaskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowVersion);
        this.context = context;
        this.workflowVersion = workflowVersion;
        this.options = options ?? DefaultOptions;
        NextSequence = resumeFrom?.NextSequence ?? 0;
        lastHash = resumeFrom?.LastHash ?? EvidenceHasher.GenesisHash;
    }

    /// <summary>Gets the sequence the next record takes.</summary>
    public long NextSequence { get; private set; }

    /// <summary>Gets where the ledger stands, to carry into <c>ContinueAsNew</c> (flush first).</summary>
    public EvidenceCursor Cursor => new(NextSequence, lastHash);

    /// <summary>Gets the records recorded but not yet flushed.</summary>
    public IReadOnlyList<EvidenceRecord> Pending => pending;

    /// <summary>Records an event; it is written at the next <see cref="FlushAsync"/> or <see cref="SealAsync"/>.</summary>
    /// <param name="details">What happened.</param>
    /// <param name="actor">Who acted; default the orchestrator.</param>
    /// <param name="occurredAt">When; default the workflow's replay-safe current time. Pass an activity's own time for its calls.</param>
    /// <param name="payloads">Payloads the record refers to (see <see cref="AttachPayload"/>).</param>
    /// <returns>The chained record.</returns>
    public EvidenceRecord Record(
        EvidenceDetails details, string actor = OrchestratorActor, DateTimeOffset? occurredAt = null, IReadOnlyList<PayloadReference>? payloads = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (isSealed)
        {
            throw new InvalidOperationException($"Run '{context.InstanceId}' is sealed; nothing more can be recorded.");
        }

        DateTimeOffset at = occurredAt?.ToUniversalTime() ?? new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
        EvidenceRecord record = EvidenceHasher.Link(
            new(context.InstanceId, NextSequence, context.Name, workflowVersion, actor, at, details, lastHash, string.Empty, payloads),
            lastHash);
        int length = JsonSerializer.Serialize(record, EvidenceJson.Options).Length;
        if (length > MaxRecordLength)
        {
            throw new ArgumentException($"The record is {length} characters of JSON (at most {MaxRecordLength}); store large content as a payload.", nameof(details));
        }

        pending.Add(record);
        NextSequence++;
        lastHash = record.Hash;
        return record;
    }

    /// <summary>Queues content to be stored under its digest with the next write, and returns the reference to record.</summary>
    /// <param name="role">What the content is to the record: <c>input</c>, <c>output</c>, <c>document</c>.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">The media type.</param>
    /// <returns>The reference.</returns>
    public PayloadReference AttachPayload(string role, ReadOnlyMemory<byte> content, string contentType = "application/json")
    {
        EvidencePayload payload = EvidencePayload.FromContent(content, contentType);
        pendingPayloads.Add(payload);
        return payload.Reference(role);
    }

    /// <summary>Writes the pending records in one activity call; does nothing when none are pending.</summary>
    /// <returns>A task that completes when they are in the ledger.</returns>
    public async Task FlushAsync()
    {
        EvidenceBatch? batch = TakePending();
        if (batch is not null)
        {
            await context.CallActivityAsync<int>(nameof(RecordEvidenceActivity), batch, options);
        }
    }

    /// <summary>Writes what is pending and seals the run; nothing can be recorded after.</summary>
    /// <returns>The seal, as written to the seal store.</returns>
    public async Task<RunSeal> SealAsync()
    {
        isSealed = true;
        SealRequest request = new(context.InstanceId, context.Name, workflowVersion, NextSequence, lastHash,
            new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc)), TakePending());
        return await context.CallActivityAsync<RunSeal>(nameof(SealRunActivity), request, options);
    }

    private EvidenceBatch? TakePending()
    {
        if (pending.Count == 0 && pendingPayloads.Count == 0)
        {
            return null;
        }

        EvidenceBatch batch = new([.. pending], [.. pendingPayloads]);
        pending.Clear();
        pendingPayloads.Clear();
        return batch;
    }
}
