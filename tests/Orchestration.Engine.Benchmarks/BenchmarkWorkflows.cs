using Orchestration.Abstractions;

namespace Orchestration.Engine.Benchmarks;

/// <summary>Counts activity executions across the engine's workers.</summary>
internal sealed class ActivityCounter
{
    private long count;

    public long Value => Interlocked.Read(ref count);

    public void Increment() => Interlocked.Increment(ref count);
}

/// <summary>A step that does no work, so the figures measure the engine: one activity is one durable step.</summary>
internal sealed class StepActivity(ActivityCounter counter) : WorkflowActivity<int, int>
{
    public override Task<int> RunAsync(WorkflowActivityContext context, int input)
    {
        counter.Increment();
        return Task.FromResult(input + 1);
    }
}

/// <summary>A chain of activities, one after another: each step is one activity and one episode.</summary>
internal sealed class ChainWorkflow : Workflow<int, int>
{
    public override async Task<int> RunAsync(IWorkflowContext context, int input)
    {
        int value = 0;
        for (int i = 0; i < input; i++)
        {
            value = await context.CallActivityAsync<int>(nameof(StepActivity), value);
        }

        return value;
    }
}

/// <summary>Waits for one external event and returns its payload.</summary>
internal sealed class WaitWorkflow : Workflow<int, int>
{
    public const string EventName = "go";

    public override async Task<int> RunAsync(IWorkflowContext context, int input) =>
        input + await context.WaitForExternalEvent<int>(EventName);
}

/// <summary>Many activities in fan-out batches, to grow a long history in few episodes.</summary>
internal sealed class WideWorkflow : Workflow<int, int>
{
    public const int BatchSize = 10;

    public override async Task<int> RunAsync(IWorkflowContext context, int input)
    {
        int total = 0;
        for (int done = 0; done < input; done += BatchSize)
        {
            int[] results = await Task.WhenAll(Enumerable.Range(done, Math.Min(BatchSize, input - done))
                .Select(i => context.CallActivityAsync<int>(nameof(StepActivity), i)));
            total += results.Sum();
        }

        return total;
    }
}
