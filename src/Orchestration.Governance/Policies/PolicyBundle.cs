using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Governance.Inputs;
using Orchestration.Governance.Policies.Expressions;

namespace Orchestration.Governance.Policies;

/// <summary>
/// A loaded, validated and immutable policy bundle, identified by id, version and content digest. Evaluation is
/// pure, so workflow code may call <see cref="Evaluate(object?)"/> directly.
/// </summary>
public sealed class PolicyBundle
{
    private readonly IReadOnlyDictionary<string, DataSetValue> data;

    internal PolicyBundle(string id, string version, string digest, IReadOnlyList<PolicyRule> rules, IReadOnlyDictionary<string, DataSetValue> data)
    {
        Id = id;
        Version = version;
        Digest = digest;
        Rules = rules;
        this.data = data;
    }

    /// <summary>Gets the bundle id, for example <c>invoice-payments</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the version (major.minor.patch).</summary>
    public string Version { get; }

    /// <summary>Gets the content digest (<c>sha256:</c> and hex) over the bundle file and its data files.</summary>
    public string Digest { get; }

    /// <summary>Gets what the bundle governs.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the outcome when no rule matches. Deny unless the bundle says otherwise.</summary>
    public PolicyOutcome Default { get; init; } = PolicyOutcome.Deny;

    /// <summary>Gets the rules, in file order.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>Gets the data sets by name, with their number of entries.</summary>
    public IReadOnlyDictionary<string, int> DataSets => data.ToDictionary(entry => entry.Key, entry => entry.Value.Values.Count, StringComparer.Ordinal);

    /// <summary>Gets the file the bundle was loaded from, as shown in messages.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the pin that identifies this bundle.</summary>
    public PolicyPin Pin => new(Id, Version, Digest);

    /// <summary>Evaluates the bundle over an input.</summary>
    /// <param name="input">The decision input: any value, serialized with <see cref="WorkflowJson"/>; or a <see cref="JsonElement"/>.</param>
    /// <returns>The decision.</returns>
    public PolicyDecision Evaluate(object? input)
    {
        return PolicyEvaluator.Evaluate(this, new EvaluationScope(ActivityInput.ToJson(input), data));
    }
}
