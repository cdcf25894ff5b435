using System.Collections.Concurrent;

namespace Orchestration.Governance.DataQuality;

/// <summary>Tells when each reference data set was last refreshed. Connectors that load the data sets report here.</summary>
public interface IReferenceDataCatalog
{
    /// <summary>Reads when a data set was last refreshed.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The time, or null when the data set is unknown (which fails the gate).</returns>
    ValueTask<DateTimeOffset?> GetAsOfAsync(string dataSet, CancellationToken cancellation);
}

/// <summary>The history of values a data-quality gate compares a new value with.</summary>
public interface IValueHistory
{
    /// <summary>Reads the past values of one key.</summary>
    /// <param name="history">The history's name.</param>
    /// <param name="key">The key, for example the supplier id.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The values.</returns>
    ValueTask<IReadOnlyList<decimal>> GetAsync(string history, string key, CancellationToken cancellation);
}

/// <summary>Reference data times and value histories held in memory: the default, fed by connectors and tests.</summary>
public sealed class InMemoryReferenceData : IReferenceDataCatalog, IValueHistory
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> asOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string History, string Key), IReadOnlyList<decimal>> histories = new();

    /// <summary>Records that a data set was refreshed.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="refreshedAt">When.</param>
    public void SetAsOf(string dataSet, DateTimeOffset refreshedAt) => asOf[dataSet] = refreshedAt;

    /// <summary>Replaces the past values of one key.</summary>
    /// <param name="history">The history.</param>
    /// <param name="key">The key.</param>
    /// <param name="values">The values.</param>
    public void SetHistory(string history, string key, IReadOnlyList<decimal> values) => histories[(history, key)] = values;

    /// <inheritdoc/>
    public ValueTask<DateTimeOffset?> GetAsOfAsync(string dataSet, CancellationToken cancellation) =>
        ValueTask.FromResult(asOf.TryGetValue(dataSet, out DateTimeOffset at) ? at : (DateTimeOffset?)null);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<decimal>> GetAsync(string history, string key, CancellationToken cancellation) =>
        ValueTask.FromResult(histories.GetValueOrDefault((history, key)) ?? []);
}
