using System.Globalization;

namespace Orchestration.Engine.CrashHost;

/// <summary>The step names of a crash run and of its sub-run, shared by the workflows and the crash test.</summary>
public static class CrashSteps
{
    /// <summary>The last step of a parent run, after the sub-run.</summary>
    public const string Final = "final";

    /// <summary>Gets every step of a parent run, in order.</summary>
    public static IReadOnlyList<string> Parent { get; } =
    [
        .. Enumerable.Range(0, CrashMath.FanOut).Select(Fan),
        .. Enumerable.Range(0, CrashMath.ChainLength).Select(Chain),
        Final,
    ];

    /// <summary>Gets every step of a sub-run, in order.</summary>
    public static IReadOnlyList<string> Child { get; } = [.. Enumerable.Range(0, CrashMath.SubSteps).Select(Sub)];

    /// <summary>The name of a fan-out step.</summary>
    /// <param name="index">Its position in the fan-out.</param>
    /// <returns>The step name.</returns>
    public static string Fan(int index) => Name("fan", index);

    /// <summary>The name of a chain step.</summary>
    /// <param name="index">Its position in the chain.</param>
    /// <returns>The step name.</returns>
    public static string Chain(int index) => Name("chain", index);

    /// <summary>The name of a sub-run step.</summary>
    /// <param name="index">Its position in the sub-run.</param>
    /// <returns>The step name.</returns>
    public static string Sub(int index) => Name("sub", index);

    private static string Name(string kind, int index) => $"{kind}-{index.ToString(CultureInfo.InvariantCulture)}";
}
