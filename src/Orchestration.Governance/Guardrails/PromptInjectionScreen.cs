using System.Text;
using System.Text.RegularExpressions;

namespace Orchestration.Governance.Guardrails;

/// <summary>
/// Screens untrusted text (documents, attachments, customer messages) for prompt injection before it reaches a
/// model. The text is looked at in several views, so that spacing, look-alike letters, invisible characters, leetspeak,
/// HTML comments, percent-encoding and base64 do not hide an instruction. It fails closed: text too long to screen,
/// or a screen that times out, fails.
/// </summary>
public static class PromptInjectionScreen
{
    /// <summary>The longest text screened; longer text fails rather than going unscreened.</summary>
    public const int MaxLength = 200_000;

    private const int MaxDecodeDepth = 2;

    /// <summary>Screens a text.</summary>
    /// <param name="text">The untrusted text.</param>
    /// <returns>The verdict.</returns>
    public static GuardrailVerdict Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return GuardrailVerdict.Fail([$"text of {text.Length} characters is longer than the {MaxLength} that can be screened"]);
        }

        try
        {
            HashSet<string> findings = new(StringComparer.Ordinal);
            ScreenViews(text, findings, depth: 0);
            return findings.Count == 0 ? GuardrailVerdict.Pass : GuardrailVerdict.Fail(findings.Order(StringComparer.Ordinal));
        }
        catch (RegexMatchTimeoutException)
        {
            return GuardrailVerdict.Fail(["the screen timed out, so the text is refused"]);
        }
    }

    private static void ScreenViews(string text, HashSet<string> findings, int depth)
    {
        string clean = TextNormalizer.Clean(text);
        string latin = TextNormalizer.Latin(text);
        string squashed = TextNormalizer.Squash(latin);
        Collect(InjectionPatterns.Phrases, latin, findings);
        Collect(InjectionPatterns.Squashed, squashed, findings);
        Collect(InjectionPatterns.OtherScripts, clean, findings);
        if (depth >= MaxDecodeDepth)
        {
            return;
        }

        foreach (string decoded in Decoded(text))
        {
            int before = findings.Count;
            ScreenViews(decoded, findings, depth + 1);
            if (findings.Count > before)
            {
                findings.Add("an instruction was hidden in encoded text");
            }
        }
    }

    private static void Collect(IEnumerable<(string Name, Regex Pattern)> patterns, string view, HashSet<string> findings)
    {
        foreach ((string name, Regex pattern) in patterns)
        {
            if (pattern.IsMatch(view))
            {
                findings.Add(name);
            }
        }
    }

    private static IEnumerable<string> Decoded(string text)
    {
        foreach (Match candidate in InjectionPatterns.Base64Run().Matches(text))
        {
            if (TryBase64(candidate.Value) is { } decoded)
            {
                yield return decoded;
            }
        }

        if (text.Contains('%', StringComparison.Ordinal) && Uri.UnescapeDataString(text) is var unescaped && unescaped != text)
        {
            yield return unescaped;
        }
    }

    private static string? TryBase64(string candidate)
    {
        string padded = candidate.PadRight(candidate.Length + ((4 - (candidate.Length % 4)) % 4), '=');
        byte[] buffer = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out int written))
        {
            return null;
        }

        string decoded = Encoding.UTF8.GetString(buffer, 0, written);
        // Only text is worth screening: binary noise would match nothing and cost time.
        return decoded.Count(c => char.IsLetter(c) || c == ' ') >= decoded.Length * 0.7 ? decoded : null;
    }
}
