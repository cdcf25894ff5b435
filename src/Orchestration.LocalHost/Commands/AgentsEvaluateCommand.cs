using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Agents.Composition;
using Orchestration.Agents.Evaluation;
using Orchestration.Agents.Local;
using Orchestration.Agents.Models;
using Orchestration.Agents.Port;
using Orchestration.Governance;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Files;
using Orchestration.Processes.Intake;

namespace Orchestration.LocalHost.Commands;

/// <summary>
/// <c>agents evaluate [--agent id] [--implementation local|model] [--agents-dir dir]</c>: runs each agent over its
/// golden set (<c>agents/{agent-id}/golden.jsonl</c>), built exactly as the host builds it (the shipped registry and
/// prompts, guardrails included, on the model endpoint of the <c>Models</c> settings when one is configured), and prints
/// a table. Exit 0 when the evaluation ran, 2 when an argument, the
/// registry or a golden file is invalid.
/// </summary>
public static class AgentsEvaluateCommand
{
    private static readonly string[] KnownAgents = [IntakeAgents.DocumentClassifier, IntakeAgents.InvoiceExtractor];

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>agents evaluate</c>.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="settings">The settings (<c>Models__Endpoint</c> and the rest); none evaluates the local implementations.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, IConfiguration? settings = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            EvaluateArguments arguments = EvaluateArguments.Parse(args, KnownAgents);
            string policies = GovernancePaths.ResolvePoliciesDirectory(GovernanceOptions.DefaultPoliciesPath);
            string root = Path.GetDirectoryName(policies)!;
            string agentsDirectory = arguments.AgentsDirectory ?? Path.Combine(root, "agents");
            AgentRegistry registry = AgentRegistryLoader.LoadFile(Path.Combine(policies, "agents.yaml"), policies);
            using ModelAgentFactory? models = settings is null ? null : ModelAgents.FromConfiguration(settings, NullLoggerFactory.Instance, TimeProvider.System);
            if (arguments.Implementation == AgentImplementation.Model && models is null)
            {
                throw new ArgumentException("--implementation model needs a model endpoint: set Models__Endpoint and Models__Deployment (see local.settings.sample.json).");
            }

            AgentFactory factory = new(registry, Path.Combine(root, "prompts"), models);
            IntakeAgentSet intake = IntakeAgentSet.Create(factory, LocalEmbeddingModel.Shared, Path.Combine(root, "agents"), arguments.Implementation);
            IEnumerable<IEvaluationTarget> targets = new[] { EvaluationTarget.For(intake.Classifier), EvaluationTarget.For(intake.Extractor) }
                .Where(target => arguments.Agent is null || target.AgentId == arguments.Agent);
            List<AgentEvaluationReport> reports = [];
            AgentEvaluator evaluator = new();
            foreach (IEvaluationTarget target in targets)
            {
                string golden = Path.Combine(agentsDirectory, target.AgentId, GoldenSet.FileName);
                reports.Add(await target.EvaluateAsync(golden, Path.GetRelativePath(Environment.CurrentDirectory, golden), evaluator).ConfigureAwait(false));
            }

            EvaluationTable.Write(reports, output);
            return 0;
        }
        catch (Exception invalid) when (invalid is ArgumentException or GoldenSetException or GovernanceFileException or DirectoryNotFoundException
            or FileNotFoundException or FormatException or InvalidOperationException)
        {
            error.WriteLine($"invalid: {invalid.Message}");
            return 2;
        }
    }
}
