using System.Globalization;

namespace Orchestration.Governance.Files;

/// <summary>Durations as people write them in governance files: <c>45s</c>, <c>30m</c>, <c>24h</c>, <c>7d</c>.</summary>
internal static class DurationText
{
    public static TimeSpan? Parse(string text)
    {
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            return null;
        }

        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(count),
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => null,
        };
    }

    public static string Format(TimeSpan value) => value switch
    {
        { TotalDays: >= 1 } when value.TotalDays % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{value.TotalDays}d"),
        { TotalHours: >= 1 } when value.TotalHours % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{value.TotalHours}h"),
        { TotalMinutes: >= 1 } when value.TotalMinutes % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMinutes}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds}s"),
    };
}
