using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestration.Abstractions;
using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Guardrails;
using Orchestration.Governance.Refusals;

namespace Orchestration.Agents.Guardrails;

/// <summary>
/// Guardrails on both sides of an agent call, whichever implementation answers. Going in: untrusted text is screened
/// for prompt injection and protected attributes (a finding refuses the call before anything is sent) and personal
/// data is redacted. Coming back: the result's text is screened the same way (an answer that carries instructions,
/// personal data or protected attributes is refused) and the typed result is validated against its annotations.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="inner">The agent.</param>
/// <param name="guardrails">The screens to apply.</param>
public sealed class GuardedAgent<TRequest, TResult>(IAgent<TRequest, TResult> inner, AgentGuardrails guardrails) : IAgent<TRequest, TResult>
    where TRequest : class
    where TResult : class
{
    /// <inheritdoc/>
    public AgentIdentity Identity => inner.Identity;

    /// <inheritdoc/>
    public async Task<AgentOutcome<TResult>> InvokeAsync(TRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<string> trail = [];
        JsonObject json = JsonNode.Parse(WorkflowJson.Serialize(request) ?? "{}")!.AsObject();
        List<(string Path, string Text)> untrusted = [.. UntrustedTexts(json)];
        if (ScreenInput(untrusted, trail) is { } refused)
        {
            return AgentOutcome.Refused<TResult>(refused, NotCalled(json, trail));
        }

        TRequest sent = Redact(request, json, untrusted, trail);
        AgentOutcome<TResult> outcome = await inner.InvokeAsync(sent, cancellationToken).ConfigureAwait(false);
        if (!outcome.Answered)
        {
            return outcome with { Call = outcome.Call with { Guardrails = [.. trail, .. outcome.Call.Guardrails] } };
        }

        AgentRefusal? rejected = ScreenOutput(outcome, trail) ?? Validate(outcome.Result!);
        AgentCall call = outcome.Call with { Guardrails = [.. trail, .. outcome.Call.Guardrails] };
        return rejected is null
            ? outcome with { Call = call }
            : AgentOutcome.Refused<TResult>(rejected with { RawOutput = rejected.RawOutput ?? WorkflowJson.Serialize(outcome.Result) }, call);
    }

    private AgentRefusal? ScreenInput(List<(string Path, string Text)> untrusted, List<string> trail)
    {
        foreach ((string screen, string code, Func<string, GuardrailVerdict> check) in RefusingScreens())
        {
            foreach ((string path, string text) in untrusted)
            {
                if (check(text) is { Passed: false } verdict)
                {
                    trail.Add($"input:{screen}:refused {path}");
                    return new AgentRefusal(AgentRefusalCodes.GuardrailPrefix + code,
                        $"Guardrail '{screen}' refused {path} before the agent was called: {string.Join("; ", verdict.Findings)}.");
                }
            }

            trail.Add($"input:{screen}:passed");
        }

        return null;
    }

    private AgentRefusal? ScreenOutput(AgentOutcome<TResult> outcome, List<string> trail)
    {
        string output = WorkflowJson.Serialize(outcome.Result) ?? string.Empty;
        List<(string Path, string Text)> texts = [.. Strings(JsonNode.Parse(output), "$.result"), ("$.rationale", outcome.Rationale ?? string.Empty)];
        IEnumerable<(string Screen, string Code, Func<string, GuardrailVerdict> Check)> screens = RefusingScreens();
        if (guardrails.Has(GuardrailNames.Pii))
        {
            screens = screens.Append((GuardrailNames.Pii, RefusalCodes.PiiNotRedacted, PiiVerdict));
        }

        foreach ((string screen, string code, Func<string, GuardrailVerdict> check) in screens)
        {
            foreach ((string path, string text) in texts)
            {
                if (check(text) is { Passed: false } verdict)
                {
                    trail.Add($"output:{screen}:refused {path}");
                    return new AgentRefusal(AgentRefusalCodes.GuardrailPrefix + code,
                        $"Guardrail '{screen}' refused the answer's {path}: {string.Join("; ", verdict.Findings)}.", output, outcome.Call.FinishReason);
                }
            }

            trail.Add($"output:{screen}:passed");
        }

        return null;
    }

    private IEnumerable<(string Screen, string Code, Func<string, GuardrailVerdict> Check)> RefusingScreens()
    {
        if (guardrails.Has(GuardrailNames.PromptInjection))
        {
            yield return (GuardrailNames.PromptInjection, RefusalCodes.PromptInjection, PromptInjectionScreen.Screen);
        }

        if (guardrails.Has(GuardrailNames.ProtectedAttributes))
        {
            yield return (GuardrailNames.ProtectedAttributes, RefusalCodes.ProtectedAttribute, ProtectedAttributeScreen.Screen);
        }
    }

    // Personal data never reaches a model: it is replaced by placeholders such as [IBAN] in what the agent receives.
    private TRequest Redact(TRequest request, JsonObject json, List<(string Path, string Text)> untrusted, List<string> trail)
    {
        if (!guardrails.Has(GuardrailNames.Pii))
        {
            return request;
        }

        int redactions = 0;
        foreach (string field in Fields(json))
        {
            if (json[field] is JsonValue value && value.TryGetValue(out string? text) && untrusted.Any(entry => entry.Path == "$." + field))
            {
                PiiScan scan = PiiDetector.Scan(text);
                redactions += scan.Findings.Count;
                json[field] = scan.Redacted;
            }
        }

        trail.Add($"input:{GuardrailNames.Pii}:redacted {redactions}");
        return redactions == 0 ? request : json.Deserialize<TRequest>(WorkflowJson.Options)!;
    }

    private static AgentRefusal? Validate(TResult result)
    {
        List<ValidationResult> problems = [];
        return Validator.TryValidateObject(result, new ValidationContext(result), problems, validateAllProperties: true)
            ? null
            : new AgentRefusal(AgentRefusalCodes.InvalidResult,
                $"The {typeof(TResult).Name} breaks its constraints: {string.Join("; ", problems.Select(problem => problem.ErrorMessage))}");
    }

    private AgentCall NotCalled(JsonObject json, List<string> trail) =>
        new(Identity.AgentId, Identity.AgentVersion, Identity.Implementation,
            Identity.Implementation == AgentImplementation.Local ? EndpointKinds.Local : EndpointKinds.OpenAICompatible)
        {
            PromptTemplateId = Identity.Prompt.TemplateId,
            PromptTemplateVersion = Identity.Prompt.Version,
            PromptTemplateDigest = Identity.Prompt.Digest,
            PromptDigest = PromptTemplate.Sha256(json.ToJsonString()),
            Guardrails = trail,
        };

    private IEnumerable<(string Path, string Text)> UntrustedTexts(JsonObject json) =>
        guardrails.UntrustedFields.Count == 0
            ? Strings(json, "$")
            : guardrails.UntrustedFields.SelectMany(field => Strings(json[field], "$." + field));

    private static IEnumerable<string> Fields(JsonObject json) => [.. json.Select(member => member.Key)];

    private static IEnumerable<(string Path, string Text)> Strings(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(member => Strings(member.Value, $"{path}.{member.Key}")),
        JsonArray array => array.SelectMany((item, index) => Strings(item, $"{path}[{index}]")),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [(path, value.GetValue<string>())],
        _ => [],
    };

    private static GuardrailVerdict PiiVerdict(string text) => PiiDetector.Scan(text) is { IsClean: false } scan
        ? GuardrailVerdict.Fail(scan.Findings.Select(finding => finding.Kind).Distinct(StringComparer.Ordinal))
        : GuardrailVerdict.Pass;
}
