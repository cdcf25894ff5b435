using Orchestration.Agents.Composition;
using Orchestration.Agents.Local;
using Orchestration.Governance;
using Orchestration.Governance.Agents;
using Orchestration.Processes.Intake;

namespace Orchestration.Processes.Tests.Intake.Local;

/// <summary>
/// The intake agents as the host builds them (the shipped registry, prompts and examples, guardrails included) on the
/// real embedding model, built once for the collection: the model loads once per test run.
/// </summary>
public sealed class IntakeAgentsFixture
{
    public IntakeAgentsFixture()
    {
        string policies = GovernancePaths.ResolvePoliciesDirectory(GovernanceOptions.DefaultPoliciesPath);
        Root = Path.GetDirectoryName(policies)!;
        AgentFactory factory = new(AgentRegistryLoader.LoadFile(Path.Combine(policies, "agents.yaml"), policies), Path.Combine(Root, "prompts"), models: null);
        Agents = IntakeAgentSet.Create(factory, LocalEmbeddingModel.Shared, AgentsDirectory);
    }

    public string Root { get; }

    public string AgentsDirectory => Path.Combine(Root, "agents");

    public IntakeAgentSet Agents { get; }
}

[CollectionDefinition(Name)]
public sealed class SharedIntakeAgents : ICollectionFixture<IntakeAgentsFixture>
{
    public const string Name = "intake agents on the local embedding model";
}
