using Orchestration.Abstractions;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;
using Orchestration.TestKit;

namespace Orchestration.Governance.Tests.Agents;

public sealed class AgentRegistryFilterTests
{
    [Fact]
    public async Task Dispatch_DisabledAgent_WorkflowSeesRefusalAndItIsRecorded()
    {
        AgentRegistry registry = new([new AgentDefinition("bot", AgentKind.Bot, "ops", "1") { Actions = ["work"], Enabled = false }], [new ActivityBinding("Work", "bot", "work")]);
        InMemoryGovernanceRecordSink records = new();
        int ran = 0;
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(r => r
            .AddActivityFilter(new AgentRegistryFilter(registry, records, TimeProvider.System))
            .AddActivity<string, string>("Work", (_, input) => Task.FromResult(input + Interlocked.Increment(ref ran)))
            .AddWorkflow<string, string>("Flow", async (context, input) =>
            {
                try
                {
                    return await context.CallActivityAsync<string>("Work", input);
                }
                catch (WorkflowTaskFailedException failure) when (GovernanceRefusalException.TryGetCode(failure.FailureDetails, out string code))
                {
                    return $"{failure.FailureDetails.ErrorType}|{code}";
                }
            }));

        string id = await host.Client.ScheduleNewWorkflowAsync("Flow", "x");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal($"{GovernanceRefusalException.ErrorType}|{RefusalCodes.AgentDisabled}", run.ReadOutputAs<string>());
        Assert.Equal(0, ran);
        RefusalRecord record = Assert.IsType<RefusalRecord>(Assert.Single(records.Records));
        Assert.Equal(("Work", id, "bot"), (record.Refusal.ActivityName, record.Refusal.InstanceId, record.Refusal.AgentId));
    }
}
