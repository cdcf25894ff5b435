using Orchestration.Governance.Agents;
using Orchestration.Governance.Files;

namespace Orchestration.Governance.Tests.Agents;

public sealed class AgentRegistryLoaderTests
{
    private const string Extractor = """
        agents:
          - id: invoice-extractor
            kind: ai-agent
            owner: ap-automation@contoso.example
            version: 1.0.0
            purpose: Propose invoice fields from supplier documents.
            implementation: auto
            prompt: {template: invoice-extraction, version: 1.0.0}
            model: {provider: azure-openai, deployment: gpt-4o-invoices, version: 2024-08-06}
            actions: [invoice.extract]
            enabled: true
        activities: {}

        """;

    [Fact]
    public void LoadFile_AiAgent_ReadsPurposeImplementationAndPrompt()
    {
        AgentDefinition agent = Load(Extractor).Agents.Single();

        Assert.Equal(
            ("Propose invoice fields from supplier documents.", AgentImplementationChoice.Auto, new AgentPrompt("invoice-extraction", "1.0.0")),
            (agent.Purpose, agent.Implementation, agent.Prompt));
    }

    [Fact]
    public void LoadFile_ConfidenceThresholdInTheRegistry_IsRefusedPointingToPolicies()
    {
        GovernanceFileException error = Assert.Throws<GovernanceFileException>(
            () => Load(Extractor.Replace("    enabled: true", "    confidenceThreshold: 0.85\n    enabled: true", StringComparison.Ordinal)));

        Assert.Contains("confidence thresholds live in policy bundles", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    purpose: Propose invoice fields from supplier documents.\n")]
    [InlineData("    implementation: auto\n")]
    [InlineData("    prompt: {template: invoice-extraction, version: 1.0.0}\n")]
    public void LoadFile_AiAgentWithoutAFieldItNeeds_IsRefused(string line)
    {
        Assert.Throws<GovernanceFileException>(() => Load(Extractor.Replace(line, string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void LoadFile_AiAgentThatMayRunOnAModelWithoutOne_IsRefused()
    {
        string yaml = Extractor.Replace("    model: {provider: azure-openai, deployment: gpt-4o-invoices, version: 2024-08-06}\n", string.Empty, StringComparison.Ordinal);

        GovernanceFileException error = Assert.Throws<GovernanceFileException>(() => Load(yaml));

        Assert.Contains("needs 'model'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_LocalOnlyAiAgent_NeedsNoModel()
    {
        string yaml = Extractor
            .Replace("    model: {provider: azure-openai, deployment: gpt-4o-invoices, version: 2024-08-06}\n", string.Empty, StringComparison.Ordinal)
            .Replace("implementation: auto", "implementation: local", StringComparison.Ordinal);

        Assert.Equal(AgentImplementationChoice.Local, Load(yaml).Agents.Single().Implementation);
    }

    [Fact]
    public void LoadFile_UnknownImplementation_IsRefusedWithTheChoices()
    {
        GovernanceFileException error = Assert.Throws<GovernanceFileException>(
            () => Load(Extractor.Replace("implementation: auto", "implementation: gpt", StringComparison.Ordinal)));

        Assert.Contains("expected auto, model or local", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_ShippedRegistry_NamesAPromptForEveryAiAgent()
    {
        AgentRegistry registry = AgentRegistryLoader.LoadFile(Path.Combine(TempPolicies.ShippedDirectory, "agents.yaml"));

        Assert.All(registry.Agents.Where(agent => agent.Kind == AgentKind.AiAgent), agent => Assert.NotNull(agent.Prompt));
    }

    private static AgentRegistry Load(string yaml)
    {
        using TempPolicies temp = new();
        return AgentRegistryLoader.LoadFile(temp.Write("agents.yaml", yaml), temp.Root);
    }
}
