using Orchestration.Abstractions;

namespace Orchestration.Engine.CrashHost;

/// <summary>
/// A run with breadth: a fan-out of three activities, a chain of eight, a short durable timer on the real clock,
/// a sub-workflow and a final activity. Its output carries the nonce of every step it saw.
/// </summary>
public sealed class CrashWorkflow : Workflow<CrashInput, CrashOutput>
{
    /// <summary>The durable timer between the chain and the sub-run; short, because the host runs on the real clock.</summary>
    public static readonly TimeSpan TimerDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>The sub-run's instance id, chosen so the report can find it.</summary>
    /// <param name="instanceId">The parent run.</param>
    /// <returns>The child's instance id.</returns>
    public static string SubInstanceId(string instanceId) => instanceId + "-sub";

    /// <inheritdoc/>
    public override async Task<CrashOutput> RunAsync(IWorkflowContext context, CrashInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        Dictionary<string, string> nonces = new(StringComparer.Ordinal);
        CrashStepResult[] fan = await Task.WhenAll(Enumerable.Range(0, CrashMath.FanOut)
            .Select(i => Call(context, nonces, CrashSteps.Fan(i), input.Seed + i)));
        int value = CrashMath.Combine(fan.Select(result => result.Value));
        for (int i = 0; i < CrashMath.ChainLength; i++)
        {
            value = (await Call(context, nonces, CrashSteps.Chain(i), value)).Value;
        }

        await context.CreateTimer(TimerDelay, CancellationToken.None);
        CrashOutput sub = await context.CallSubWorkflowAsync<CrashOutput>(
            nameof(CrashSubWorkflow), new CrashInput(value), new SubWorkflowOptions(InstanceId: SubInstanceId(context.InstanceId)));
        value = (await Call(context, nonces, CrashSteps.Final, sub.Value)).Value;
        return new CrashOutput(value, nonces);
    }

    /// <summary>Calls the step activity and records the nonce of the execution whose result history holds.</summary>
    /// <param name="context">The workflow context.</param>
    /// <param name="nonces">The nonces by step.</param>
    /// <param name="step">The step name.</param>
    /// <param name="value">The step's input value.</param>
    /// <returns>The step's result.</returns>
    internal static async Task<CrashStepResult> Call(IWorkflowContext context, Dictionary<string, string> nonces, string step, int value)
    {
        CrashStepResult result = await context.CallActivityAsync<CrashStepResult>(nameof(CrashStepActivity), new CrashStep(step, value));
        nonces[step] = result.Nonce;
        return result;
    }
}

/// <summary>The sub-run: two chained activities.</summary>
public sealed class CrashSubWorkflow : Workflow<CrashInput, CrashOutput>
{
    /// <inheritdoc/>
    public override async Task<CrashOutput> RunAsync(IWorkflowContext context, CrashInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        Dictionary<string, string> nonces = new(StringComparer.Ordinal);
        int value = input.Seed;
        for (int i = 0; i < CrashMath.SubSteps; i++)
        {
            value = (await CrashWorkflow.Call(context, nonces, CrashSteps.Sub(i), value)).Value;
        }

        return new CrashOutput(value, nonces);
    }
}
