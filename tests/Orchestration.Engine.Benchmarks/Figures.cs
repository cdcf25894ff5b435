using System.Globalization;

namespace Orchestration.Engine.Benchmarks;

/// <summary>Prints one figure per line with its target, so a reader sees at once what meets the bar.</summary>
internal static class Figures
{
    public static void Print(string name, double value, string unit, string? target = null, bool met = true)
    {
        string verdict = target is null ? string.Empty : $" target {target,-12} {(met ? "met" : "MISSED")}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} {value,12:N2} {unit,-8}{verdict}").TrimEnd());
    }

    public static void Note(string text) => Console.WriteLine("    " + text);

    public static void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }

    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
