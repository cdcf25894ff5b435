using System.Globalization;

namespace Orchestration.Engine.CrashHost;

/// <summary>The command line: <c>--db PATH --log PATH [--start N] [--report]</c>.</summary>
/// <param name="DatabasePath">The engine's SQLite file.</param>
/// <param name="LogPath">The begin log.</param>
/// <param name="Start">How many runs to start (<c>crash-000</c> onwards); 0 starts none.</param>
/// <param name="Report">Print the report instead of running to completion.</param>
public sealed record CrashHostArguments(string DatabasePath, string LogPath, int Start, bool Report)
{
    /// <summary>The usage text.</summary>
    public const string Usage = "usage: Orchestration.Engine.CrashHost --db PATH --log PATH [--start N] [--report]";

    /// <summary>Reads the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The arguments, or null when they do not parse.</returns>
    public static CrashHostArguments? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? db = null, log = null;
        int start = 0;
        bool report = false;
        for (int i = 0; i < args.Count; i++)
        {
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null: db = value; i++; break;
                case "--log" when value is not null: log = value; i++; break;
                case "--start" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out start): i++; break;
                case "--report": report = true; break;
                default: return null;
            }
        }

        return db is null || log is null ? null : new CrashHostArguments(db, log, start, report);
    }

    /// <summary>The instance id of the run with <paramref name="index"/>.</summary>
    /// <param name="index">The run's index.</param>
    /// <returns><c>crash-000</c> and so on.</returns>
    public static string InstanceId(int index) => $"crash-{index.ToString("D3", CultureInfo.InvariantCulture)}";
}
