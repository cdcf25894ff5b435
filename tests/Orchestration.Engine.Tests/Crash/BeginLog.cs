using Orchestration.Engine.CrashHost;

namespace Orchestration.Engine.Tests.Crash;

/// <summary>
/// The crash host's log: for each (instance, step), the nonces of its executions in the order they began, and which
/// host process (counted by its <c>host-started</c> line) ran each.
/// </summary>
internal sealed class BeginLog
{
    private readonly Dictionary<(string Instance, string Step), List<string>> executions = [];
    private readonly HashSet<(string Instance, string Step, int Process)> ranInProcess = [];
    private readonly List<string> repeatedInOneProcess = [];
    private int process;

    private BeginLog(IReadOnlyList<string> malformed)
    {
        Malformed = malformed;
    }

    /// <summary>Gets the lines that are neither <c>begin &lt;instance&gt; &lt;step&gt; &lt;nonce&gt;</c> nor <c>host-started &lt;pid&gt;</c>.</summary>
    public IReadOnlyList<string> Malformed { get; }

    /// <summary>Gets the steps that began twice within one host process, where only a kill may cause a second run.</summary>
    public IReadOnlyList<string> RepeatedInOneProcess => repeatedInOneProcess;

    /// <summary>Gets the number of host processes that wrote to the log.</summary>
    public int Processes => process;

    /// <summary>Gets the number of executions.</summary>
    public int Count => executions.Values.Sum(nonces => nonces.Count);

    /// <summary>Gets every (instance, step) that began at least once.</summary>
    public IEnumerable<(string Instance, string Step)> Steps => executions.Keys;

    /// <summary>Gets how many steps began more than once (activities in flight at a kill, run again).</summary>
    public int StepsRunMoreThanOnce => executions.Values.Count(nonces => nonces.Count > 1);

    public static BeginLog Read(string path)
    {
        List<string> malformed = [];
        BeginLog log = new(malformed);
        foreach (string line in File.ReadLines(path))
        {
            string[] words = line.Split(' ');
            if (words is [CrashStepActivity.BeginWord, string instance, string step, string nonce] && nonce.Length == 32)
            {
                log.Add(instance, step, nonce);
            }
            else if (words is [CrashHostRunner.HostStartedWord, _])
            {
                log.process++;
            }
            else
            {
                malformed.Add(line);
            }
        }

        return log;
    }

    /// <summary>Gets the executions of a step, in the order they began.</summary>
    public IReadOnlyList<string> Executions(string instance, string step) =>
        executions.TryGetValue((instance, step), out List<string>? nonces) ? nonces : [];

    private void Add(string instance, string step, string nonce)
    {
        if (!executions.TryGetValue((instance, step), out List<string>? nonces))
        {
            executions[(instance, step)] = nonces = [];
        }

        nonces.Add(nonce);
        if (!ranInProcess.Add((instance, step, process)))
        {
            repeatedInOneProcess.Add($"{instance} {step}");
        }
    }
}
