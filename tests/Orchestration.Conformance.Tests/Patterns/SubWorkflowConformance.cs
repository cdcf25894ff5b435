using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Sub-workflows: a child run with its own id and history, its output or failure returned to the parent.</summary>
public abstract class SubWorkflowConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Batch = "InvoiceBatch";
    private const string Approve = "ApproveInvoice";

    [Fact]
    public async Task Batch_TwoChildren_ReturnTheirOutputs()
    {
        WorkflowMetadata run = await RunAsync(Batch, new[] { "INV-1", "INV-2" });

        Assert.Equal(["INV-1 approved", "INV-2 approved"], Output<string[]>(run));
    }

    [Fact]
    public async Task Batch_ChildWithCallersInstanceId_RunsUnderThatId()
    {
        string id = await Client.ScheduleNewWorkflowAsync(Batch, new[] { "INV-3" }, new StartWorkflowOptions("batch-7"));
        await Runtime.WaitForCompletionAsync(id);

        WorkflowMetadata? child = await Client.GetInstanceAsync("batch-7-INV-3", getInputsAndOutputs: true);

        Assert.NotNull(child);
        Assert.Equal(Approve, child.Name);
        Assert.Equal(WorkflowRuntimeStatus.Completed, child.RuntimeStatus);
        Assert.Equal("\"INV-3 approved\"", child.SerializedOutput);
    }

    [Fact]
    [ShowsDifference("no-parent-instance-id")]
    public async Task Batch_ChildsMetadata_NamesItsParentOnTheEngineOnly()
    {
        string id = await Client.ScheduleNewWorkflowAsync(Batch, new[] { "INV-4" }, new StartWorkflowOptions("batch-8"));
        await Runtime.WaitForCompletionAsync(id);

        WorkflowMetadata child = (await Client.GetInstanceAsync("batch-8-INV-4"))!;

        Assert.Equal(Runtime.Has(RuntimeDifferences.NoParentInstanceId) ? null : "batch-8", child.ParentInstanceId);
    }

    [Fact]
    public async Task Batch_ChildFails_ParentCatchesTheChildsFailure()
    {
        WorkflowMetadata run = await RunAsync(Batch, new[] { "INV-5", "REJECT" });

        Assert.Equal(
            ["INV-5 approved", $"{Approve} failed: {typeof(InvalidOperationException).FullName}: The approver rejected the invoice."],
            Output<string[]>(run));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<string[], string[]>(Batch, async (context, invoices) =>
        {
            List<string> outcomes = [];
            foreach (string invoice in invoices)
            {
                try
                {
                    outcomes.Add(await context.CallSubWorkflowAsync<string>(Approve, invoice, new SubWorkflowOptions(InstanceId: $"{context.InstanceId}-{invoice}")));
                }
                catch (WorkflowTaskFailedException failed)
                {
                    outcomes.Add($"{failed.TaskName} failed: {failed.FailureDetails}");
                }
            }

            return [.. outcomes];
        })
        .AddWorkflow<string, string>(Approve, (_, invoice) => invoice == "REJECT"
            ? throw new InvalidOperationException("The approver rejected the invoice.")
            : Task.FromResult($"{invoice} approved"));
}

public sealed class SubWorkflowOnEngine() : SubWorkflowConformance(Runtimes.Runtimes.Engine);

public sealed class SubWorkflowOnDurableTask() : SubWorkflowConformance(Runtimes.Runtimes.DurableTask);
