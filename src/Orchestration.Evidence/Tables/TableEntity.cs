namespace Orchestration.Evidence.Tables;

/// <summary>
/// One Table Storage entity: keys, the server's ETag and typed properties. Supported property types: string,
/// int, long, double, bool, DateTimeOffset, Guid and byte[] (the service's Edm types).
/// </summary>
/// <param name="PartitionKey">The partition key.</param>
/// <param name="RowKey">The row key.</param>
public sealed record TableEntity(string PartitionKey, string RowKey)
{
    /// <summary>Gets the properties other than the keys and <c>Timestamp</c>.</summary>
    public Dictionary<string, object> Properties { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Gets the ETag the service returned, when read from it.</summary>
    public string? ETag { get; init; }

    /// <summary>Gets the server's last-modified time, when read from it.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets a string property.</summary>
    /// <param name="name">The property.</param>
    /// <returns>The value, or null when absent.</returns>
    public string? GetString(string name) => Properties.TryGetValue(name, out object? value) ? value as string : null;

    /// <summary>Gets a 64-bit integer property (an <c>Edm.Int32</c> widens).</summary>
    /// <param name="name">The property.</param>
    /// <returns>The value, or null when absent.</returns>
    public long? GetInt64(string name) =>
        Properties.TryGetValue(name, out object? value) ? value switch { long l => l, int i => i, _ => null } : null;
}

/// <summary>One page of a query.</summary>
/// <param name="Entities">The entities of this page (at most 1,000; possibly fewer even when more follow).</param>
/// <param name="Continuation">Where the next page starts, or null on the last page.</param>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, TableContinuation? Continuation);

/// <summary>The service's opaque continuation of a query.</summary>
/// <param name="NextPartitionKey">The <c>x-ms-continuation-NextPartitionKey</c> value.</param>
/// <param name="NextRowKey">The <c>x-ms-continuation-NextRowKey</c> value, when sent.</param>
public sealed record TableContinuation(string NextPartitionKey, string? NextRowKey);

/// <summary>What one operation of an entity-group batch does.</summary>
public enum TableBatchAction
{
    /// <summary>Insert; fails the whole batch when the entity exists.</summary>
    Insert,

    /// <summary>Insert or replace.</summary>
    Upsert,

    /// <summary>Delete unconditionally.</summary>
    Delete,
}

/// <summary>One operation of an entity-group batch.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Entity">The entity (only the keys matter for a delete).</param>
public sealed record TableBatchOperation(TableBatchAction Action, TableEntity Entity);
