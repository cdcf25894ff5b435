using System.Text.RegularExpressions;

namespace Orchestration.Governance.Guardrails;

/// <summary>
/// Screens hiring criteria and model outputs for protected attributes (age, sex and gender, race and ethnicity,
/// religion, disability and health, pregnancy and family, marital status, sexual orientation, national origin,
/// gender reassignment), named directly or by synonym and proxy ("digital native", "recent graduates",
/// "native English speaker"). Words that are usually innocent ("senior", "single", "white") count only in the
/// phrases that make them proxies.
/// </summary>
public static class ProtectedAttributeScreen
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const string People = @"\s+(candidates?|applicants?|people|persons?|men|women|staff|workers?|employees?|only|need\s+apply)\b";

    private static readonly (string Category, Regex Pattern)[] Categories =
    [
        ("age", Make(@"\b(young(er|ish)?|youthful|elderly|aged\s+\d{2}|age[sd]?\s+(under|over|below|above|between)|under\s+the\s+age|(under|over|below|above)\s+\d{2}(?!\+?\s*(years?|yrs)\s+(of\s+)?(experience|exp))\b|\d{2}\s*(-|to)\s*\d{2}\s+years?\s+old|years?\s+old|recent\s+(college\s+)?grad(uate)?s?|digital\s+natives?|born\s+(after|before|in)\s+(19|20)\d{2}|millennials?|gen(eration)?[\s-]?z|boomers?|fresh\s+blood|overqualified)\b")),
        ("sex or gender", Make(@"\b(male|female|males|females|man|woman|men|women|gender|sex|he/him|she/her|gentlemen|gentleman|lady|ladies|boys?|girls?|guys?|salesman|chairman|manpower|masculine|feminine)\b")),
        ("race or ethnicity", Make(@"\b(race|racial|ethnic(ity|ally)?|caucasian|hispanic|latin[oax]|asian|african|skin\s+colou?r|complexion)\b|\b(white|black|brown)" + People)),
        ("religion", Make(@"\b(religio(n|us)|christian|muslim|islamic|jewish|hindu|buddhist|sikh|atheist|church(goer)?|mosque|synagogue|catholic|protestant|clean[\s-]shaven|headscarf|hijab)\b")),
        ("disability or health", Make(@"\b(disabled|disabilit(y|ies)|handicap(ped)?|wheelchair|able[\s-]bodied|mental\s+(illness|health\s+history)|medical\s+(conditions?|history)|chronic\s+illness|blind|deaf|physically\s+fit|no\s+health\s+issues)\b")),
        ("pregnancy or family", Make(@"\b(pregnan(t|cy)|maternity|paternity|expecting\s+a\s+(baby|child)|family\s+(plans|planning|commitments)|childless|no\s+(kids|children)|(has|have|with)\s+(young\s+)?(kids|children)|mothers?|fathers?|moms?|dads?|childcare)\b")),
        ("marital status", Make(@"\b(married|unmarried|divorced|widow(ed|er)?|marital|spouse|wife|husband)\b|\bsingle" + People)),
        ("sexual orientation", Make(@"\b(gay|lesbian|heterosexual|homosexual|bisexual|lgbt\w*|queer|sexual\s+orientation)\b|\bstraight" + People)),
        ("national origin", Make(@"\b(nationality|national\s+origin|citizenship|native\s+(english|german|french|spanish|dutch|italian|speakers?|born)|mother\s+tongue|born\s+in|foreigners?|immigrants?|ethnic\s+background|local\s+(candidates|people)\s+only)\b|\b(british|german|french|indian|chinese|polish|american|dutch|spanish|italian|romanian|turkish|nigerian|pakistani)\s+(candidates?|applicants?|nationals?|citizens?\s+only|people)\b")),
        ("gender reassignment", Make(@"\b(transgender|trans\s+(wo)?man|transsexual|gender\s+reassignment|non[\s-]binary|cisgender)\b")),
    ];

    /// <summary>Screens a text.</summary>
    /// <param name="text">Hiring criteria, a job ad, or a model's output.</param>
    /// <returns>The verdict; each finding names the category and the words found.</returns>
    public static GuardrailVerdict Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string latin = TextNormalizer.Latin(text);
        try
        {
            string[] findings = [.. Categories
                .Select(category => (category.Category, Match: category.Pattern.Match(latin)))
                .Where(found => found.Match.Success)
                .Select(found => $"{found.Category}: '{found.Match.Value.Trim()}'")];
            return findings.Length == 0 ? GuardrailVerdict.Pass : GuardrailVerdict.Fail(findings);
        }
        catch (RegexMatchTimeoutException)
        {
            return GuardrailVerdict.Fail(["the screen timed out, so the text is refused"]);
        }
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
}
