using Orchestration.Abstractions;

namespace Orchestration.Governance.KillSwitch;

/// <summary>
/// Kill switches in a local JSON file, written atomically (a temporary file renamed over the old one), so a reader
/// never sees half a history and a crash loses at most the change being written. Engaged switches are folded from
/// the history on every read, so every dispatch sees the latest change. One writer process per file.
/// </summary>
/// <param name="path">The JSON file; created on the first change.</param>
/// <param name="time">The clock for change times.</param>
public sealed class FileKillSwitchStore(string path, TimeProvider time) : IKillSwitchStore, IDisposable
{
    private readonly SemaphoreSlim writer = new(1, 1);

    /// <summary>Gets the file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<KillSwitchState>> GetEngagedAsync(CancellationToken cancellation) =>
        Fold(await GetHistoryAsync(cancellation));

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<KillSwitchChange>> GetHistoryAsync(CancellationToken cancellation)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        string json = await File.ReadAllTextAsync(Path, cancellation);
        return WorkflowJson.Deserialize<KillSwitchFile>(json)?.Changes ?? [];
    }

    /// <inheritdoc/>
    public async ValueTask<KillSwitchChange> AppendAsync(
        KillSwitchAction action, KillSwitchScope scope, string target, string actor, string reason, IReadOnlyList<string> instances, CancellationToken cancellation)
    {
        await writer.WaitAsync(cancellation);
        try
        {
            IReadOnlyList<KillSwitchChange> history = await GetHistoryAsync(cancellation);
            if (action == KillSwitchAction.Released && !Fold(history).Any(state => state.Scope == scope && string.Equals(state.Target, target, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"The {scope.ToString().ToLowerInvariant()} kill switch '{target}' is not engaged.");
            }

            KillSwitchChange change = new(history.Count + 1, action, scope, target, actor, reason, time.GetUtcNow(), instances);
            await WriteAtomicallyAsync(new KillSwitchFile([.. history, change]), cancellation);
            return change;
        }
        finally
        {
            writer.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => writer.Dispose();

    /// <summary>Folds a history into the engaged switches: the last change of each scope and target wins.</summary>
    /// <param name="history">The changes, oldest first.</param>
    /// <returns>The engaged switches.</returns>
    public static IReadOnlyList<KillSwitchState> Fold(IEnumerable<KillSwitchChange> history) =>
        [.. history
            .GroupBy(change => (change.Scope, change.Target))
            .Select(changes => changes.MaxBy(change => change.Sequence)!)
            .Where(last => last.Action == KillSwitchAction.Engaged)
            .Select(last => new KillSwitchState(last.Scope, last.Target, last.Actor, last.Reason, last.At, last.Instances))];

    private async Task WriteAtomicallyAsync(KillSwitchFile content, CancellationToken cancellation)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        string temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        await using (FileStream stream = new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(WorkflowJson.Serialize(content)!), cancellation);
            await stream.FlushAsync(cancellation);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    private sealed record KillSwitchFile(IReadOnlyList<KillSwitchChange> Changes);
}
