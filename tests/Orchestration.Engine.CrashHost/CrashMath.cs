namespace Orchestration.Engine.CrashHost;

/// <summary>The pure arithmetic of a crash run, so its right output can be computed without the engine.</summary>
public static class CrashMath
{
    /// <summary>The fan-out width.</summary>
    public const int FanOut = 3;

    /// <summary>The length of the activity chain after the fan-out.</summary>
    public const int ChainLength = 8;

    /// <summary>The number of activities in the sub-run.</summary>
    public const int SubSteps = 2;

    private const int Modulus = 1_000_003;

    /// <summary>What one activity does to a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The next value.</returns>
    public static int Step(int value) => (int)((((long)value * 31) + 7) % Modulus);

    /// <summary>Combines the fan-out results.</summary>
    /// <param name="values">The values.</param>
    /// <returns>Their sum, reduced.</returns>
    public static int Combine(IEnumerable<int> values) => (int)(values.Sum(v => (long)v) % Modulus);

    /// <summary>The output value a run with <paramref name="seed"/> must end with.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <returns>The expected final value.</returns>
    public static int ExpectedValue(int seed)
    {
        int value = Combine(Enumerable.Range(0, FanOut).Select(i => Step(seed + i)));
        value = Repeat(value, ChainLength);
        value = SubExpectedValue(value);
        return Step(value);
    }

    /// <summary>The output value a sub-run with <paramref name="seed"/> must end with.</summary>
    /// <param name="seed">The sub-run's seed.</param>
    /// <returns>The expected final value.</returns>
    public static int SubExpectedValue(int seed) => Repeat(seed, SubSteps);

    private static int Repeat(int value, int times)
    {
        for (int i = 0; i < times; i++)
        {
            value = Step(value);
        }

        return value;
    }
}
