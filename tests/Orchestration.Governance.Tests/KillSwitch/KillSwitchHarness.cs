using Orchestration.Abstractions;
using Orchestration.Governance.Agents;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;
using Orchestration.TestKit;

namespace Orchestration.Governance.Tests.KillSwitch;

/// <summary>A two-step workflow on the embedded engine behind the kill switch filter, and the service that flips it.</summary>
public sealed class KillSwitchHarness : IAsyncDisposable
{
    private readonly TempPolicies temp = new();
    private WorkflowTestHost? host;
    private int secondSteps;

    private KillSwitchHarness()
    {
        Store = new FileKillSwitchStore(Path.Combine(temp.Root, "kill-switches.json"), TimeProvider.System);
        Service = new KillSwitchService(Store, () => host?.Client, Records);
    }

    public FileKillSwitchStore Store { get; }

    public KillSwitchService Service { get; }

    public InMemoryGovernanceRecordSink Records { get; } = new();

    public WorkflowTestHost Host => host!;

    public int SecondSteps => Volatile.Read(ref secondSteps);

    public static async Task<KillSwitchHarness> StartAsync()
    {
        KillSwitchHarness harness = new();
        harness.host = await WorkflowTestHost.StartAsync(harness.Register);
        return harness;
    }

    public async Task<string> StartRunAsync()
    {
        string id = await Host.Client.ScheduleNewWorkflowAsync("TwoSteps", "invoice");
        await Host.WaitForIdleAsync();
        return id;
    }

    public async Task<string?> ContinueToEndAsync(string id)
    {
        await Host.Client.RaiseEventAsync(id, "Continue");
        WorkflowMetadata run = await Host.WaitForCompletionAsync(id);
        return run.ReadOutputAs<string>();
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        Store.Dispose();
        temp.Dispose();
    }

    private void Register(WorkflowRegistry registry)
    {
        AgentRegistry agents = new([], [new ActivityBinding("SecondStep", "poster", "post")], exempt: ["LedgerStep"]);
        registry
            .AddActivityFilter(new KillSwitchFilter(Store, agents, new ClientWorkflowLineage(() => host?.Client), Records, TimeProvider.System))
            .AddActivity<string, string>("FirstStep", (_, input) => Task.FromResult(input + ":checked"))
            .AddActivity<string, string>("SecondStep", (_, input) => Task.FromResult(input + ":posted#" + Interlocked.Increment(ref secondSteps)))
            .AddActivity<string, string>("LedgerStep", (_, input) => Task.FromResult(input + ":recorded"))
            .AddWorkflow<string, string>("Bookkeeping", (context, input) => context.CallActivityAsync<string>("LedgerStep", input))
            .AddWorkflow<string, string>("TwoSteps", async (context, input) =>
            {
                string checkedInput = await context.CallActivityAsync<string>("FirstStep", input);
                await context.WaitForExternalEvent<object?>("Continue");
                try
                {
                    return await context.CallActivityAsync<string>("SecondStep", checkedInput);
                }
                catch (WorkflowTaskFailedException failure) when (GovernanceRefusalException.TryGetCode(failure.FailureDetails, out string code))
                {
                    return "refused:" + code;
                }
            });
    }
}
