namespace Orchestration.Processes.ReferenceData;

/// <summary>One refresh of a reference data set: which set, from which connector, how much, which content, and when.</summary>
/// <param name="DataSet">The data set, as the data-quality gates name it (<see cref="SimulatedReferenceFeeds.SanctionsList"/>).</param>
/// <param name="Connector">The source it was loaded from.</param>
/// <param name="Entries">How many entries it holds.</param>
/// <param name="ContentDigest">The digest of the content loaded (<c>sha256:</c> and hex), telling one version of the set from another.</param>
/// <param name="RefreshedAt">When the refresh was recorded: the time the freshness gates measure from.</param>
public sealed record ReferenceDataRefresh(string DataSet, string Connector, int Entries, string ContentDigest, DateTimeOffset RefreshedAt);

/// <summary>What one run of <see cref="ReferenceDataRefreshWorkflow"/> refreshed.</summary>
/// <param name="Occurrence">The scheduled occurrence the run was started for.</param>
/// <param name="Refreshes">Each data set's refresh.</param>
public sealed record ReferenceDataRefreshOutcome(DateTime Occurrence, IReadOnlyList<ReferenceDataRefresh> Refreshes);
