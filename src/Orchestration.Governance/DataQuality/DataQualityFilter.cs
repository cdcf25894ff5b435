using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Governance.Inputs;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.DataQuality;

/// <summary>
/// Halts a step whose gates are breached (stale reference data, a drifted record, an anomalous value) with a
/// structured refusal, before bad data flows downstream.
/// </summary>
/// <param name="gates">The gates by activity name.</param>
/// <param name="referenceData">When each reference data set was refreshed.</param>
/// <param name="history">The value histories.</param>
/// <param name="records">Where refusals are recorded.</param>
/// <param name="time">The clock: freshness is measured against it.</param>
public sealed class DataQualityFilter(
    IReadOnlyDictionary<string, DataQualityGate> gates, IReferenceDataCatalog referenceData, IValueHistory history, IGovernanceRecordSink records, TimeProvider time)
    : GovernanceFilter(records, time)
{
    /// <inheritdoc/>
    protected override async ValueTask<GovernanceRefusal?> CheckAsync(WorkflowActivityContext context, object? input)
    {
        if (!gates.TryGetValue(context.Name, out DataQualityGate? gate))
        {
            return null;
        }

        foreach (FreshnessRule rule in gate.Freshness)
        {
            if (DataQualityChecks.Freshness(rule, await referenceData.GetAsOfAsync(rule.DataSet, context.CancellationToken), Time.GetUtcNow()) is { } stale)
            {
                return Refuse(RefusalCodes.StaleData, stale, "dataSet", rule.DataSet);
            }
        }

        JsonElement json = ActivityInput.ToJson(input);
        if (gate.Schema is { } schema && DataQualityChecks.Schema(schema, json) is { Count: > 0 } drifts)
        {
            return Refuse(RefusalCodes.SchemaDrift, string.Join("; ", drifts), "drifts", drifts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (AnomalyRule rule in gate.Anomalies)
        {
            if (await CheckAnomalyAsync(rule, json, context.CancellationToken) is { } anomaly)
            {
                return Refuse(RefusalCodes.Anomaly, anomaly, "field", rule.Field);
            }
        }

        return null;
    }

    private static GovernanceRefusal Refuse(string code, string breach, string detail, string value) =>
        new(code, $"Data-quality gate breached: {breach}.")
        {
            Details = new Dictionary<string, string>(StringComparer.Ordinal) { [detail] = value },
        };

    private async ValueTask<string?> CheckAnomalyAsync(AnomalyRule rule, JsonElement json, CancellationToken cancellation)
    {
        // A value or key that cannot be read cannot be judged normal: the gate is breached.
        if (!ActivityInput.TryGet(json, rule.Field, out JsonElement field) || !field.TryGetDecimal(out decimal value))
        {
            return $"'{rule.Field}' is missing or not a number";
        }

        if (!ActivityInput.TryGet(json, rule.GroupBy, out JsonElement key) || key.ValueKind != JsonValueKind.String)
        {
            return $"'{rule.GroupBy}' is missing or not a string";
        }

        return DataQualityChecks.Anomaly(rule, value, await history.GetAsync(rule.History, key.GetString()!, cancellation));
    }
}
