using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// A record as a table row: partition = run, row key = the sequence in 19 digits (so row order is sequence order),
/// the record's JSON in <c>Record</c>, and copies of its main members as columns for people who browse the table.
/// Reading lays the columns back over the JSON, so an edit to either shows up as a record that no longer matches
/// its hash.
/// </summary>
internal static class TableRecordMapping
{
    public static string RowKey(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(EvidenceRecord record) => new(record.RunId, RowKey(record.Sequence))
    {
        ["Kind"] = record.Kind.ToString(),
        ["Actor"] = record.Actor,
        ["OccurredAt"] = record.OccurredAt,
        ["WorkflowName"] = record.WorkflowName,
        ["WorkflowVersion"] = record.WorkflowVersion,
        ["PreviousHash"] = record.PreviousHash,
        ["Hash"] = record.Hash,
        ["Record"] = JsonSerializer.Serialize(record, EvidenceJson.Options),
    };

    public static EvidenceRecord FromEntity(TableEntity entity)
    {
        string json = entity.GetString("Record")
            ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} has no Record column.");
        EvidenceRecord record = JsonSerializer.Deserialize<EvidenceRecord>(json, EvidenceJson.Options)
            ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} holds a null record.");
        return record with
        {
            RunId = entity.PartitionKey,
            Sequence = long.Parse(entity.RowKey, NumberStyles.None, CultureInfo.InvariantCulture),
            Actor = entity.GetString("Actor") ?? record.Actor,
            OccurredAt = entity.TryGetValue("OccurredAt", out object? at) && at is DateTimeOffset time ? time : record.OccurredAt,
            WorkflowName = entity.GetString("WorkflowName") ?? record.WorkflowName,
            WorkflowVersion = entity.GetString("WorkflowVersion") ?? record.WorkflowVersion,
            PreviousHash = entity.GetString("PreviousHash") ?? record.PreviousHash,
            Hash = entity.GetString("Hash") ?? record.Hash,
        };
    }
}
