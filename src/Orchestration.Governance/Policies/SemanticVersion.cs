using System.Globalization;

namespace Orchestration.Governance.Policies;

/// <summary>A bundle version, major.minor.patch, ordered numerically (1.10.0 after 1.9.0).</summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
/// <param name="Patch">The patch version.</param>
internal readonly record struct SemanticVersion(int Major, int Minor, int Patch) : IComparable<SemanticVersion>
{
    public static SemanticVersion? TryParse(string text)
    {
        string[] parts = text.Split('.');
        int[] numbers = new int[3];
        return parts.Length == 3 && parts.Select((part, i) => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])).All(ok => ok)
            ? new SemanticVersion(numbers[0], numbers[1], numbers[2])
            : null;
    }

    public static SemanticVersion Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not a major.minor.patch version");

    public int CompareTo(SemanticVersion other) =>
        (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;
}
