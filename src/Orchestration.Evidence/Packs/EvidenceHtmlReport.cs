using System.Globalization;
using System.Net;
using System.Text;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Packs;

/// <summary>
/// The human-readable report of a pack: the verdict, then the run's timeline, decisions, policies, approvals and
/// calls, then the seal. Self-contained HTML (inline style, no scripts); every value is HTML-encoded.
/// </summary>
public static class EvidenceHtmlReport
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}"
        + "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f2f2f2}"
        + ".ok{color:#0a6b0a}.bad{color:#b00020}code{font-size:.8rem;word-break:break-all}";

    private static readonly (string Title, EvidenceKind[] Kinds)[] Sections =
    [
        ("Decisions", [EvidenceKind.Decision, EvidenceKind.Refusal, EvidenceKind.Compensation, EvidenceKind.KillSwitch, EvidenceKind.Retry]),
        ("Policies", [EvidenceKind.PolicyEvaluation]),
        ("Approvals", [EvidenceKind.HumanTask, EvidenceKind.HumanAnswer, EvidenceKind.Escalation]),
        ("Model, tool and connector calls", [EvidenceKind.ModelCall, EvidenceKind.ToolCall, EvidenceKind.ConnectorCall]),
    ];

    /// <summary>Renders the report.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="verification">The pack's verification, shown at the top.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(EvidencePack pack, EvidenceVerification verification)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(verification);
        StringBuilder html = new();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence: ")
            .Append(E(pack.RunId)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Evidence of run ").Append(E(pack.RunId)).Append("</h1><p>Workflow <strong>")
            .Append(E(pack.WorkflowName)).Append("</strong> version ").Append(E(pack.WorkflowVersion))
            .Append(", ").Append(pack.Records.Count).Append(" records.</p>");
        html.Append("<p class=\"").Append(verification.IsIntact ? "ok" : "bad").Append("\"><strong>")
            .Append(E(verification.Describe())).Append("</strong></p>");
        AppendTable(html, "Timeline", pack.Records);
        foreach ((string title, EvidenceKind[] kinds) in Sections)
        {
            AppendTable(html, title, [.. pack.Records.Where(r => kinds.Contains(r.Kind))]);
        }

        AppendSeal(html, pack.Seal);
        return html.Append("</body></html>").ToString();
    }

    private static void AppendTable(StringBuilder html, string title, IReadOnlyList<EvidenceRecord> records)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>");
        if (records.Count == 0)
        {
            html.Append("<p>None.</p>");
            return;
        }

        html.Append("<table><thead><tr><th>#</th><th>Time (UTC)</th><th>Kind</th><th>Actor</th><th>What</th><th>Hash</th></tr></thead><tbody>");
        foreach (EvidenceRecord record in records)
        {
            html.Append("<tr><td>").Append(record.Sequence)
                .Append("</td><td>").Append(E(record.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(E(record.Kind.ToString()))
                .Append("</td><td>").Append(E(record.Actor))
                .Append("</td><td>").Append(E(record.Details.Summarize()))
                .Append("</td><td><code>").Append(E(record.Hash.Length > 12 ? record.Hash[..12] : record.Hash)).Append("</code></td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void AppendSeal(StringBuilder html, RunSeal? seal)
    {
        html.Append("<h2>Seal</h2>");
        if (seal is null)
        {
            html.Append("<p>The run is not sealed.</p>");
            return;
        }

        html.Append("<table><tbody>")
            .Append("<tr><th>Sealed at (UTC)</th><td>").Append(E(seal.SealedAt.UtcDateTime.ToString("u", CultureInfo.InvariantCulture))).Append("</td></tr>")
            .Append("<tr><th>Records</th><td>").Append(seal.RecordCount).Append("</td></tr>")
            .Append("<tr><th>Final digest</th><td><code>").Append(E(seal.FinalDigest)).Append("</code></td></tr>")
            .Append("<tr><th>Merkle root</th><td><code>").Append(E(seal.MerkleRoot)).Append("</code></td></tr>")
            .Append("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
