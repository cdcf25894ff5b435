using Orchestration.Abstractions;

namespace Orchestration.Engine.CrashHost;

/// <summary>
/// One step. Every execution first appends <c>begin &lt;instance&gt; &lt;step&gt; &lt;nonce&gt;</c> to the log, with a
/// fresh nonce, then works a little and returns the nonce: the committed result thus names the execution that won.
/// </summary>
/// <param name="log">The begin log.</param>
/// <param name="progress">Where a progress line per begin goes (standard output, read by the crash test).</param>
public sealed class CrashStepActivity(AppendOnlyLog log, TextWriter progress) : WorkflowActivity<CrashStep, CrashStepResult>
{
    /// <summary>The first word of a begin line, in the log and on standard output.</summary>
    public const string BeginWord = "begin";

    /// <inheritdoc/>
    public override async Task<CrashStepResult> RunAsync(WorkflowActivityContext context, CrashStep input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        string nonce = Guid.NewGuid().ToString("N");
        log.AppendLine($"{BeginWord} {context.InstanceId} {input.Step} {nonce}");
        lock (progress)
        {
            progress.WriteLine($"{BeginWord} {context.InstanceId} {input.Step}");
            progress.Flush();
        }

        // Real work of varying length (5 to 20 ms), so kills land in different phases of different steps and the
        // crash test, which kills after counting progress lines, stops the host well before its runs are done.
        await Task.Delay(TimeSpan.FromMilliseconds(5 + (Convert.ToInt32(nonce[..2], 16) % 16)), context.CancellationToken);
        return new CrashStepResult(nonce, CrashMath.Step(input.Value));
    }
}
