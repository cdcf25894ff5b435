using System.Globalization;
using System.Text.Json;
using Orchestration.Governance.Files;

namespace Orchestration.Governance.DataQuality;

/// <summary>The pure checks behind the gates; each returns the breach as a sentence, or null.</summary>
public static class DataQualityChecks
{
    // Scales the median absolute deviation to the standard deviation of a normal distribution.
    private const decimal MadScale = 1.4826m;

    /// <summary>Checks that a data set is fresh enough.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="asOf">When the data set was refreshed; null when unknown.</param>
    /// <param name="now">The time now.</param>
    /// <returns>The breach, or null.</returns>
    public static string? Freshness(FreshnessRule rule, DateTimeOffset? asOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return asOf is not { } at
            ? $"reference data '{rule.DataSet}' has never been loaded"
            : now - at > rule.MaxAge
                ? $"reference data '{rule.DataSet}' is from {at:O}, older than the {DurationText.Format(rule.MaxAge)} allowed"
                : null;
    }

    /// <summary>Checks a record against its expected shape.</summary>
    /// <param name="rule">The schema.</param>
    /// <param name="record">The record.</param>
    /// <returns>Each drift found; empty when the record fits.</returns>
    public static IReadOnlyList<string> Schema(SchemaRule rule, JsonElement record)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (record.ValueKind != JsonValueKind.Object)
        {
            return [$"the record is {record.ValueKind}, not an object"];
        }

        List<string> drifts = [.. rule.Required
            .Where(field => !record.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            .Select(field => $"required field '{field}' is missing")];
        foreach (JsonProperty property in record.EnumerateObject())
        {
            if (!rule.Fields.TryGetValue(property.Name, out string? kind))
            {
                drifts.AddRange(rule.AllowUnknown ? [] : [$"unexpected field '{property.Name}'"]);
            }
            else if (property.Value.ValueKind != JsonValueKind.Null && KindOf(property.Value) != kind)
            {
                drifts.Add($"field '{property.Name}' is {KindOf(property.Value)}, expected {kind}");
            }
        }

        return drifts;
    }

    /// <summary>Checks a value against its history.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="value">The new value.</param>
    /// <param name="history">The past values.</param>
    /// <returns>The breach, or null.</returns>
    public static string? Anomaly(AnomalyRule rule, decimal value, IReadOnlyList<decimal> history)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count < rule.MinHistory || history.Count == 0)
        {
            return null;
        }

        decimal median = Median(history);
        decimal mad = Median([.. history.Select(past => Math.Abs(past - median))]) * MadScale;
        string F(decimal number) => Math.Round(number, 2).ToString(CultureInfo.InvariantCulture);
        if (rule.MaxRatio is { } ratio && median > 0 && value > median * ratio)
        {
            return $"'{rule.Field}' {F(value)} is more than {F(ratio)} times the median {F(median)} of {history.Count} past values";
        }

        // A flat history (MAD 0) judges any departure from the median as infinitely far.
        decimal deviations = mad == 0 ? (value == median ? 0 : decimal.MaxValue) : Math.Abs(value - median) / mad;
        return rule.MaxDeviations is { } max && deviations > max
            ? $"'{rule.Field}' {F(value)} is {(mad == 0 ? "away from a constant history" : F(deviations) + " deviations")} from the median {F(median)} (at most {F(max)})"
            : null;
    }

    /// <summary>Names the JSON kind of a value as the schema rules write it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>string, number, boolean, object, array or null.</returns>
    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "null",
    };

    private static decimal Median(IReadOnlyList<decimal> values)
    {
        decimal[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
