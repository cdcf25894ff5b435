namespace Orchestration.Engine.CrashHost;

/// <summary>The input of a crash run (and of its sub-run).</summary>
/// <param name="Seed">The value the run's arithmetic starts from.</param>
public sealed record CrashInput(int Seed);

/// <summary>One activity call: which step and the value it works on.</summary>
/// <param name="Step">The step name, unique within a run.</param>
/// <param name="Value">The value.</param>
public sealed record CrashStep(string Step, int Value);

/// <summary>What one activity execution returns: its nonce names the execution whose result was committed.</summary>
/// <param name="Nonce">The execution's fresh nonce.</param>
/// <param name="Value">The step's value.</param>
public sealed record CrashStepResult(string Nonce, int Value);

/// <summary>A run's output: the final value and, for each of its own steps, the nonce its code received.</summary>
/// <param name="Value">The final value.</param>
/// <param name="Nonces">The nonce of each step, by step name.</param>
public sealed record CrashOutput(int Value, IReadOnlyDictionary<string, string> Nonces);
