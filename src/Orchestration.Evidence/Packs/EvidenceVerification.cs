namespace Orchestration.Evidence.Packs;

/// <summary>The outcome of checking a run: intact, or the first record that is not as it was sealed.</summary>
/// <param name="RunId">The run.</param>
/// <param name="IsIntact">True when no record was edited, removed, inserted or reordered.</param>
/// <param name="IsSealed">True when the run has a seal; an unsealed run cannot be checked for truncation.</param>
/// <param name="RecordCount">How many records were checked.</param>
/// <param name="Problem">The first problem found, or null when intact.</param>
public sealed record EvidenceVerification(string RunId, bool IsIntact, bool IsSealed, long RecordCount, EvidenceProblem? Problem)
{
    /// <summary>Describes the outcome in one line.</summary>
    /// <returns>The line.</returns>
    public string Describe() => Problem is { } problem
        ? $"TAMPERED: run '{RunId}', record {problem.Sequence}: {problem.Message}"
        : IsSealed
            ? $"INTACT: run '{RunId}', {RecordCount} records, sealed."
            : $"INTACT SO FAR: run '{RunId}', {RecordCount} records, not sealed (a truncation cannot be ruled out).";
}

/// <summary>What is wrong, and where.</summary>
/// <param name="Kind">The kind of tampering.</param>
/// <param name="Sequence">The sequence of the first record affected.</param>
/// <param name="Message">What was found.</param>
public sealed record EvidenceProblem(EvidenceProblemKind Kind, long Sequence, string Message);

/// <summary>The kinds of tampering the verifier tells apart.</summary>
public enum EvidenceProblemKind
{
    /// <summary>A record's content no longer matches its hash, or its successor's link.</summary>
    Edited,

    /// <summary>A record is missing from the middle of the run.</summary>
    Removed,

    /// <summary>A record was added that the chain does not link to.</summary>
    Inserted,

    /// <summary>Records are out of sequence order.</summary>
    Reordered,

    /// <summary>Records are missing from the end of a sealed run.</summary>
    Truncated,

    /// <summary>The records are self-consistent but do not match the seal: the run was rewritten and re-chained.</summary>
    SealMismatch,
}
