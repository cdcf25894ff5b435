using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>What replay must keep: the same GUIDs on every replay, and each log line written once.</summary>
public abstract partial class DeterminismConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string IssueReferences = "IssueReferences";
    private const string Echo = "Echo";
    private const string LogSteps = "LogSteps";
    private const string EchoText = "EchoText";

    [Fact]
    public async Task IssueReferences_GuidBeforeAnActivity_IsTheSameWhenReplayedAfterIt()
    {
        WorkflowMetadata run = await RunAsync(IssueReferences);

        Guid[] guids = Output<Guid[]>(run);
        Assert.Equal(guids[0], guids[1]);
    }

    [Fact]
    public async Task IssueReferences_SuccessiveGuids_AreDistinctNameBasedGuids()
    {
        WorkflowMetadata run = await RunAsync(IssueReferences);

        Guid[] guids = Output<Guid[]>(run);
        Assert.NotEqual(guids[0], guids[2]);
        Assert.All(guids, guid => Assert.Equal(5, guid.Version));
    }

    [Fact]
    public async Task LogSteps_ReplaySafeLogger_WritesEachLineOnce()
    {
        await RunAsync(LogSteps, "INV-2025-0042");

        string[] lines = [.. Runtime.Logs.GetSnapshot().Where(log => log.Category == LogSteps).Select(log => log.Message)];
        Assert.Equal(["checking INV-2025-0042", "posting INV-2025-0042", "done INV-2025-0042"], lines);
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<object?, Guid[]>(IssueReferences, async (context, _) =>
        {
            Guid reference = context.NewGuid();
            Guid echoed = await context.CallActivityAsync<Guid>(Echo, reference);
            return [reference, echoed, context.NewGuid()];
        })
        .AddActivity<Guid, Guid>(Echo, (_, guid) => Task.FromResult(guid))
        .AddWorkflow<string, string>(LogSteps, async (context, invoice) =>
        {
            ILogger log = context.CreateReplaySafeLogger(LogSteps);
            Step(log, "checking", invoice);
            await context.CallActivityAsync<string>(EchoText, invoice);
            Step(log, "posting", invoice);
            await context.CallActivityAsync<string>(EchoText, invoice);
            Step(log, "done", invoice);
            return invoice;
        })
        .AddActivity<string, string>(EchoText, (_, text) => Task.FromResult(text));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Step} {Invoice}")]
    private static partial void Step(ILogger logger, string step, string invoice);
}

public sealed class DeterminismOnEngine() : DeterminismConformance(Runtimes.Runtimes.Engine);

public sealed class DeterminismOnDurableTask() : DeterminismConformance(Runtimes.Runtimes.DurableTask);
