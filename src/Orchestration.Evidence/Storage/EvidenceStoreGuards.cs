using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>Checks every store makes before it writes, so both stores refuse the same bad input the same way.</summary>
internal static class EvidenceStoreGuards
{
    public static string RunOf(IReadOnlyList<EvidenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("There are no records to append.", nameof(records));
        }

        string runId = records[0].RunId;
        for (int i = 0; i < records.Count; i++)
        {
            EvidenceRecord record = records[i];
            if (record.RunId != runId || (i > 0 && record.Sequence != records[i - 1].Sequence + 1))
            {
                throw new ArgumentException($"Records appended together must be of one run and consecutive; record {i} is not.", nameof(records));
            }

            if (!EvidenceHasher.IsIntact(record))
            {
                throw new ArgumentException($"Record {record.Sequence} of run '{runId}' does not match its hash.", nameof(records));
            }
        }

        return runId;
    }

    public static void CheckPayload(EvidencePayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (EvidenceHasher.Digest(payload.Content.Span) != payload.Digest)
        {
            throw new ArgumentException($"Payload content does not match its digest {payload.Digest}.", nameof(payload));
        }
    }

    public static void ThrowIfOtherSeal(RunSeal intended, RunSeal? stored)
    {
        if (stored is not null && stored != intended)
        {
            throw new EvidenceConflictException(intended.RunId, intended.RecordCount,
                $"Run '{intended.RunId}' is already sealed with other digests (root {stored.MerkleRoot}).");
        }
    }
}
