using NCrontab;

namespace Orchestration.Api.Scheduling;

/// <summary>
/// A six-field NCRONTAB schedule (second, minute, hour, day, month, day of week), read by the parser the Functions
/// timer trigger uses, so both hosts agree on every occurrence. Times are UTC.
/// </summary>
public sealed class CronSchedule
{
    // Windows searched back for the latest occurrence, shortest first: a dense schedule is found in the first, and the
    // last reaches a 29 February.
    private static readonly TimeSpan[] LookBack =
        [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(367), TimeSpan.FromDays((4 * 366) + 1)];

    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    private readonly CrontabSchedule schedule;

    private CronSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        this.schedule = schedule;
    }

    /// <summary>Gets the expression.</summary>
    public string Expression { get; }

    /// <summary>Reads an expression.</summary>
    /// <param name="expression">Six fields, as Azure Functions' timer trigger takes them.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="FormatException">The expression is not a six-field NCRONTAB expression.</exception>
    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out CronSchedule? schedule)
            ? schedule
            : throw new FormatException($"'{expression}' is not a six-field NCRONTAB expression (second minute hour day month day-of-week).");

    /// <summary>Reads an expression.</summary>
    /// <param name="expression">Six fields, as Azure Functions' timer trigger takes them.</param>
    /// <param name="schedule">The schedule, when the expression is valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? expression, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CronSchedule? schedule)
    {
        CrontabSchedule? parsed = string.IsNullOrWhiteSpace(expression) ? null : CrontabSchedule.TryParse(expression.Trim(), SixFields);
        schedule = parsed is null ? null : new CronSchedule(expression!.Trim(), parsed);
        return schedule is not null;
    }

    /// <summary>Finds the first occurrence after a time.</summary>
    /// <param name="after">The time (UTC); an occurrence at exactly this time is not next.</param>
    /// <returns>The occurrence (UTC).</returns>
    public DateTime NextAfter(DateTime after) => DateTime.SpecifyKind(schedule.GetNextOccurrence(Utc(after)), DateTimeKind.Utc);

    /// <summary>Finds the latest occurrence at or before a time: the one a host that is up at that time owes a run.</summary>
    /// <param name="atOrBefore">The time (UTC).</param>
    /// <returns>The occurrence (UTC).</returns>
    /// <exception cref="InvalidOperationException">The schedule had no occurrence in the four years before.</exception>
    public DateTime LatestAtOrBefore(DateTime atOrBefore)
    {
        DateTime end = Utc(atOrBefore).AddTicks(1);
        foreach (TimeSpan window in LookBack)
        {
            if (schedule.GetNextOccurrences(end - window, end).Select(occurrence => (DateTime?)occurrence).LastOrDefault() is { } latest)
            {
                return DateTime.SpecifyKind(latest, DateTimeKind.Utc);
            }
        }

        throw new InvalidOperationException($"The schedule '{Expression}' has no occurrence in the four years before {atOrBefore:O}.");
    }

    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
