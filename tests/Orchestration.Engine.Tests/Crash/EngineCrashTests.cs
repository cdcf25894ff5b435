using System.Globalization;
using Orchestration.Abstractions;
using Orchestration.Engine.CrashHost;
using Xunit.Abstractions;

namespace Orchestration.Engine.Tests.Crash;

/// <summary>
/// Kills a real engine process with SIGKILL at random points, restarts it on the same SQLite file, and proves that every
/// run still completes with the right output and that no activity ran again once its completion was committed.
/// </summary>
public sealed class EngineCrashTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_260_611;
    private const string SeedVariable = "ENGINE_CRASH_SEED";
    private const int Runs = 40;
    private const int Kills = 12;
    private const int MostProgressLinesBeforeKill = 20;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task KilledAtRandomPoints_EveryRunCompletes_AndNoCommittedActivityRunsAgain()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out int chosen) ? chosen : DefaultSeed;
        Random random = new(seed);
        output.WriteLine($"seed {seed} (set {SeedVariable} to change): {Runs} runs, {Kills} kills after 0..{MostProgressLinesBeforeKill} progress lines");
        using CancellationTokenSource hangGuard = new(HangGuard);
        DirectoryInfo folder = Directory.CreateTempSubdirectory("engine-crash-");
        try
        {
            string[] arguments = ["--db", Path.Combine(folder.FullName, "engine.db"), "--log", Path.Combine(folder.FullName, "begin.log")];
            string[] run = [.. arguments, "--start", Runs.ToString(CultureInfo.InvariantCulture)];
            for (int kill = 0; kill < Kills; kill++)
            {
                int linesBeforeKill = random.Next(0, MostProgressLinesBeforeKill + 1);
                await KillAfterProgressAsync(run, linesBeforeKill, hangGuard.Token);
                output.WriteLine($"kill {kill + 1}: after {linesBeforeKill} progress lines; {BeginLog.Read(arguments[3]).Count} executions so far");
            }

            CrashHostExit last = await RunToExitAsync(run, hangGuard.Token);
            Assert.Equal(CrashHostRunner.AllCompletedLine, last.Output[^1]);
            CrashHostExit reported = await RunToExitAsync([.. arguments, "--report"], hangGuard.Token);
            CrashReport report = WorkflowJson.Deserialize<CrashReport>(string.Join('\n', reported.Output))!;
            BeginLog log = BeginLog.Read(arguments[3]);
            output.WriteLine($"{log.Count} activity executions in {log.Processes} processes; {log.StepsRunMoreThanOnce} steps ran more than once (in flight at a kill)");
            List<string> problems = Verify(report, log);
            Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join('\n', problems.Take(50))}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task KillAfterProgressAsync(string[] arguments, int linesBeforeKill, CancellationToken cancellation)
    {
        int progress = -1;
        await using CrashHostProcess host = CrashHostProcess.Start(arguments, line => IsProgress(line) && ++progress >= linesBeforeKill);
        CrashHostExit exit = await host.WaitForExitAsync(cancellation);
        Assert.True(
            exit.Killed,
            $"The host exited ({exit.ExitCode}) before its kill after {linesBeforeKill} progress lines (raise Runs). "
            + $"stdout tail:\n{Tail(exit.Output)}\nstderr:\n{exit.StandardError}");
    }

    private static bool IsProgress(string line) =>
        line == CrashHostRunner.EngineStartedLine || line.StartsWith(CrashStepActivity.BeginWord + " ", StringComparison.Ordinal);

    private static async Task<CrashHostExit> RunToExitAsync(string[] arguments, CancellationToken cancellation)
    {
        await using CrashHostProcess host = CrashHostProcess.Start(arguments);
        CrashHostExit exit = await host.WaitForExitAsync(cancellation);
        Assert.True(exit.ExitCode == 0, $"The host exited with {exit.ExitCode}. stdout tail:\n{Tail(exit.Output)}\nstderr:\n{exit.StandardError}");
        return exit;
    }

    private static List<string> Verify(CrashReport report, BeginLog log)
    {
        List<string> problems =
        [
            .. log.Malformed.Select(line => $"malformed log line '{line}'"),
            .. log.RepeatedInOneProcess.Select(step => $"{step}: began twice within one host process"),
        ];
        if (log.Processes != Kills + 2)
        {
            problems.Add($"{log.Processes} host processes wrote to the log; expected {Kills + 2} (killed, last, report)");
        }

        Dictionary<string, CrashRunReport> runs = report.Runs.ToDictionary(run => run.InstanceId, StringComparer.Ordinal);
        for (int i = 0; i < Runs; i++)
        {
            string id = CrashHostArguments.InstanceId(i);
            problems.AddRange(VerifyRun(runs.GetValueOrDefault(id), id, CrashSteps.Parent, CrashMath.ExpectedValue(i * 1_000), log));
            string subId = CrashWorkflow.SubInstanceId(id);
            problems.AddRange(VerifyRun(runs.GetValueOrDefault(subId), subId, CrashSteps.Child, expectedValue: null, log));
        }

        problems.AddRange(report.Runs.Where(run => !IsExpectedRun(run.InstanceId))
            .Select(run => $"{run.InstanceId}: a run nobody started"));
        problems.AddRange(log.Steps.Where(step => !runs.TryGetValue(step.Instance, out CrashRunReport? run)
                || run.Steps.All(committed => committed.Step != step.Step))
            .Select(step => $"{step.Instance} {step.Step}: executed, but no such step in the run's history"));
        return problems;
    }

    private static IEnumerable<string> VerifyRun(CrashRunReport? run, string id, IReadOnlyList<string> steps, int? expectedValue, BeginLog log)
    {
        if (run is not { Status: WorkflowRuntimeStatus.Completed, Output: CrashOutput result })
        {
            yield return $"{id}: {run?.Status.ToString() ?? "missing"} {run?.Failure}";
            yield break;
        }

        if (expectedValue is int expected && result.Value != expected)
        {
            yield return $"{id}: output {result.Value}, expected {expected}";
        }

        foreach (string step in steps)
        {
            CrashStepReport? committed = run.Steps.FirstOrDefault(s => s.Step == step);
            IReadOnlyList<string> executions = log.Executions(id, step);
            if (committed is not { Scheduled: 1, Completed: 1, Failed: 0, CommittedNonce: string nonce })
            {
                yield return $"{id} {step}: history holds {committed?.ToString() ?? "nothing"}, expected one schedule and one completion";
            }
            else if (executions.Count == 0 || executions[^1] != nonce)
            {
                yield return $"{id} {step}: committed nonce {nonce}, but the executions began in this order: "
                    + string.Join(", ", executions) + " (a completed activity ran again, or its result was lost)";
            }
            else if (result.Nonces.GetValueOrDefault(step) != nonce)
            {
                yield return $"{id} {step}: the workflow saw {result.Nonces.GetValueOrDefault(step)}, history holds {nonce}";
            }
        }
    }

    private static bool IsExpectedRun(string instanceId) => Enumerable.Range(0, Runs)
        .Select(CrashHostArguments.InstanceId)
        .Any(id => instanceId == id || instanceId == CrashWorkflow.SubInstanceId(id));

    private static string Tail(IReadOnlyList<string> lines) => string.Join('\n', lines.TakeLast(20));
}
