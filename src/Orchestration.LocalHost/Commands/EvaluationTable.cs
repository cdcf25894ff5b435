using System.Globalization;
using System.Text;
using Orchestration.Agents.Evaluation;

namespace Orchestration.LocalHost.Commands;

/// <summary>Prints evaluation reports: one row per agent, then per-field accuracy and the cases that failed.</summary>
internal static class EvaluationTable
{
    private static readonly CompositeFormat Row = CompositeFormat.Parse("{0,-20} {1,-8} {2,-14} {3,5} {4,9} {5,13} {6,16} {7,8} {8,8}");

    public static void Write(IReadOnlyList<AgentEvaluationReport> reports, TextWriter output)
    {
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, Row,
            "agent", "version", "implementation", "cases", "accuracy", "refusal rate", "correct refusals", "p50 ms", "p95 ms"));
        foreach (AgentEvaluationReport report in reports)
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, Row,
                report.AgentId, report.AgentVersion, report.Implementation.ToString().ToLowerInvariant(), report.CaseCount,
                Percent(report.Accuracy), Percent(report.RefusalRate), Percent(report.CorrectRefusalRate), Millis(report.LatencyP50), Millis(report.LatencyP95)));
        }

        foreach (AgentEvaluationReport report in reports)
        {
            if (report.FieldAccuracy.Count > 1)
            {
                output.WriteLine($"{report.AgentId} fields: {string.Join(", ", report.FieldAccuracy.Select(field => $"{field.Key} {Percent(field.Value)}"))}");
            }

            foreach (GoldenCaseResult failed in report.Cases.Where(result => !result.Passed))
            {
                output.WriteLine($"FAIL {report.AgentId} {failed.CaseId}: {Describe(failed)}");
            }
        }
    }

    private static string Describe(GoldenCaseResult result) =>
        result.ExpectedRefusal is { } expected
            ? $"expected refusal {expected}, got {result.RefusalCode ?? "an answer"}"
            : result.RefusalCode is { } code
                ? $"expected an answer, got refusal {code}"
                : $"answer differs in {string.Join(", ", result.Score!.Metrics.Values.Where(metric => metric.Name.StartsWith(ExactMatchEvaluator.FieldPrefix, StringComparison.Ordinal) && metric.Interpretation?.Failed == true).Select(metric => metric.Name[ExactMatchEvaluator.FieldPrefix.Length..]))}";

    private static string Percent(double? value) => value is null ? "n/a" : value.Value.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Millis(double? value) => value is null ? "n/a" : value.Value.ToString("0.0", CultureInfo.InvariantCulture);
}
