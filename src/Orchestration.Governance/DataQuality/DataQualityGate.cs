namespace Orchestration.Governance.DataQuality;

/// <summary>The data-quality gates declared for one workflow step (activity).</summary>
/// <param name="ActivityName">The activity the gates guard.</param>
public sealed record DataQualityGate(string ActivityName)
{
    /// <summary>Gets the reference data sets the step relies on and how old each may be.</summary>
    public IReadOnlyList<FreshnessRule> Freshness { get; init; } = [];

    /// <summary>Gets the shape the step's incoming record must have; null for no schema check.</summary>
    public SchemaRule? Schema { get; init; }

    /// <summary>Gets the values that must stay within their history.</summary>
    public IReadOnlyList<AnomalyRule> Anomalies { get; init; } = [];
}

/// <summary>A reference data set (sanctions list, price list) may be at most <paramref name="MaxAge"/> old.</summary>
/// <param name="DataSet">The data set name.</param>
/// <param name="MaxAge">The largest age allowed.</param>
public sealed record FreshnessRule(string DataSet, TimeSpan MaxAge);

/// <summary>The expected shape of an incoming record: its fields and their JSON kinds.</summary>
/// <param name="Fields">Each expected field and its kind: string, number, boolean, object or array.</param>
/// <param name="Required">The fields that must be present and not null.</param>
/// <param name="AllowUnknown">Whether fields not in <paramref name="Fields"/> are tolerated.</param>
public sealed record SchemaRule(IReadOnlyDictionary<string, string> Fields, IReadOnlyList<string> Required, bool AllowUnknown);

/// <summary>
/// A value compared with its history (for example an invoice amount with the supplier's past amounts): it breaches
/// when it is more than <paramref name="MaxRatio"/> times the median, or more than <paramref name="MaxDeviations"/>
/// robust deviations (median absolute deviation) from it.
/// </summary>
/// <param name="Field">The input field holding the value.</param>
/// <param name="GroupBy">The input field that keys the history (for example the supplier id).</param>
/// <param name="History">The history's name.</param>
/// <param name="MaxRatio">The largest multiple of the median allowed; null for none.</param>
/// <param name="MaxDeviations">The largest distance from the median in scaled MADs; null for none.</param>
/// <param name="MinHistory">How many past values a judgement needs; with fewer, the value passes.</param>
public sealed record AnomalyRule(string Field, string GroupBy, string History, decimal? MaxRatio, decimal? MaxDeviations, int MinHistory);
