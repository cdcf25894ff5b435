using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Inputs;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Guardrails;

/// <summary>
/// Applies the guardrails an activity's binding names to the text in its input, at dispatch: personal data must
/// already be redacted, untrusted text must carry no injection, criteria must not name protected attributes.
/// </summary>
/// <param name="registry">The registry whose bindings name the guardrails.</param>
/// <param name="records">Where refusals are recorded.</param>
/// <param name="time">The clock for the records.</param>
public sealed class GuardrailFilter(AgentRegistry registry, IGovernanceRecordSink records, TimeProvider time)
    : GovernanceFilter(records, time)
{
    /// <inheritdoc/>
    protected override ValueTask<GovernanceRefusal?> CheckAsync(WorkflowActivityContext context, object? input)
    {
        if (registry.FindBinding(context.Name) is not { Guardrails.Count: > 0 } binding)
        {
            return ValueTask.FromResult<GovernanceRefusal?>(null);
        }

        JsonElement json = ActivityInput.ToJson(input);
        GovernanceRefusal? refusal = null;
        foreach (string guardrail in binding.Guardrails)
        {
            refusal ??= Check(guardrail, binding, json);
        }

        return ValueTask.FromResult(refusal);
    }

    private static GovernanceRefusal? Check(string guardrail, ActivityBinding binding, JsonElement json)
    {
        List<(string Path, string Text)> texts = [.. Texts(binding, json)];
        (string Code, Func<string, GuardrailVerdict> Screen) check = guardrail switch
        {
            GuardrailNames.Pii => (RefusalCodes.PiiNotRedacted, text => PiiDetector.Scan(text) is { IsClean: false } scan
                ? GuardrailVerdict.Fail(scan.Findings.Select(finding => finding.Kind).Distinct(StringComparer.Ordinal))
                : GuardrailVerdict.Pass),
            GuardrailNames.PromptInjection => (RefusalCodes.PromptInjection, PromptInjectionScreen.Screen),
            _ => (RefusalCodes.ProtectedAttribute, ProtectedAttributeScreen.Screen),
        };
        foreach ((string path, string text) in texts)
        {
            if (check.Screen(text) is { Passed: false } verdict)
            {
                return new GovernanceRefusal(check.Code, $"Guardrail '{guardrail}' refused {path}: {string.Join("; ", verdict.Findings)}.",
                    AgentId: binding.AgentId, Action: binding.Action)
                {
                    Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["guardrail"] = guardrail, ["field"] = path },
                };
            }
        }

        return null;
    }

    private static IEnumerable<(string Path, string Text)> Texts(ActivityBinding binding, JsonElement json) =>
        binding.UntrustedFields.Count == 0
            ? ActivityInput.Strings(json)
            : binding.UntrustedFields.SelectMany(field => ActivityInput.TryGet(json, field, out JsonElement value)
                ? ActivityInput.Strings(value, "$." + field)
                : []);
}
