namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// Every behaviour in which Durable Functions and the embedded engine differ, each shown by a conformance test that
/// asserts what each runtime does (marked with <see cref="ShowsDifferenceAttribute"/>).
/// </summary>
public static class RuntimeDifferences
{
    /// <summary>History read through the client.</summary>
    public static RuntimeDifference HistoryNotServed { get; } = new(
        "history-not-served",
        "`GetHistoryAsync` returns no events: the SDK's in-process sidecar serves history only for work in flight, and the Functions host's gRPC endpoint does not implement it; run views and `showHistory` then show no timeline, while the evidence ledger still records every step",
        "`GetHistoryAsync` returns every event of the run's current generation, with names, inputs, results and failures");

    /// <summary>Parent of a sub-workflow.</summary>
    public static RuntimeDifference NoParentInstanceId { get; } = new(
        "no-parent-instance-id",
        "a sub-workflow's metadata has no parent instance id",
        "a sub-workflow's metadata names its parent");

    /// <summary>Name filter of a query.</summary>
    public static RuntimeDifference NameFilterPerPage { get; } = new(
        "name-filter-per-page",
        "the query has no workflow-name filter: the adapter filters each page, so a page can come back short (follow the continuation token)",
        "the workflow-name filter is part of the query: every page but the last is full");

    /// <summary>Long timers in the history.</summary>
    public static RuntimeDifference LongTimersSplit { get; } = new(
        "long-timers-split",
        "a timer further away than `MaximumTimerInterval` (3 days by default) is recorded as several timers in a row; the run wakes at the same time",
        "one timer, however far away");

    /// <summary>Gets every difference, in the order the README lists them.</summary>
    public static IReadOnlyList<RuntimeDifference> All { get; } =
        [HistoryNotServed, NoParentInstanceId, NameFilterPerPage, LongTimersSplit];
}

/// <summary>Marks a conformance test that asserts each runtime's side of a <see cref="RuntimeDifference"/>.</summary>
/// <param name="id">The difference's <see cref="RuntimeDifference.Id"/>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ShowsDifferenceAttribute(string id) : Attribute
{
    /// <summary>Gets the difference's id.</summary>
    public string Id { get; } = id;
}
