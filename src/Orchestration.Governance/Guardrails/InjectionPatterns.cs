using System.Text.RegularExpressions;

namespace Orchestration.Governance.Guardrails;

/// <summary>
/// The injection patterns, by view: <see cref="Phrases"/> over the Latin view (spaces kept), <see cref="Squashed"/>
/// over letters only (defeats spacing and punctuation), <see cref="OtherScripts"/> over text in its own script.
/// Each pattern needs an instruction-like phrase, not a single word, so that ordinary business text passes.
/// </summary>
internal static partial class InjectionPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<(string Name, Regex Pattern)> Phrases { get; } =
    [
        ("instructions to override", Make(@"\b(new|updated|real|actual)\s+(system\s+)?(instructions|prompt|rules)\s*:")),
        ("role marker", Make(@"(^|\n)\s*#*\s*(system|assistant|developer)\s*(prompt\s*)?:|<\|?im_start\|?>|\[/?inst\]|<\s*/?\s*system\s*>")),
        ("hidden comment with instructions", Make(@"<!--[^>]*\b(ignore|instruction|prompt|assistant|system|approve|you are)\b")),
        ("payment without review", Make(@"\b(approve|pay|release|transfer)\b.{0,40}\b(without|skip(ping)?|bypass(ing)?)\s+(any\s+)?(review|approval|verification|checks?)")),
    ];

    public static IReadOnlyList<(string Name, Regex Pattern)> Squashed { get; } =
    [
        ("ignore previous instructions", Make(
            "(ignore|disregard|forget|override|bypass|skip)(all|any|the|your|of|these|every|my)*(previous|prior|above|earlier|preceding|system|original|existing|all|safety)" +
            "(instructions?|rules|directions|prompts?|guidelines|guardrails|policies|messages|context)")),
        ("role reassignment", Make("youarenow(a|an|in|the|my)?(dan|developer|unrestricted|jailbroken|unfiltered|admin|root|evil|free)")),
        ("system prompt extraction", Make("(reveal|show|print|repeat|output|leak|tellme|display)(me)?(your|the)(full)?(system|initial|hidden|original|secret)(prompt|instructions|message)")),
        ("jailbreak", Make("jailbreak|doanythingnow|developermode(enabled|on)|godmode(enabled|on)")),
        ("instruction override (de)", Make("(ignoriere|vergiss|missachte)(alle|die|deine)*(vorherigen|bisherigen|obigen|vorigen)?(anweisungen|instruktionen|regeln|vorgaben)")),
        ("instruction override (fr)", Make("(ignore[rz]?|oublie[rz]?)(toutes|tous)?(les|vos|tes)?(instructions|consignes|directives)(precedentes|anterieures|cidessus)?")),
        ("instruction override (es)", Make("(ignora|ignorar|olvida|olvidar)(todas)?(las|tus)?(instrucciones|indicaciones|reglas)(anteriores|previas)")),
        ("instruction override (it)", Make("(ignora|dimentica)(tutte)?(le)?(istruzioni|regole)(precedenti)")),
        ("instruction override (nl)", Make("(negeer|vergeet)(alle)?(de)?(vorige|eerdere|voorgaande)?(instructies|regels)")),
        ("instruction override (pt)", Make("(ignore|ignora|esqueca)(todas)?(as)?(instrucoes|regras)(anteriores)")),
    ];

    public static IReadOnlyList<(string Name, Regex Pattern)> OtherScripts { get; } =
    [
        ("instruction override (ru)", Make(@"(игнорируй|игнорируйте|забудь|забудьте)\s*(все\s*)?(предыдущие\s*|прошлые\s*)?(инструкции|указания|правила)")),
        ("instruction override (zh)", Make("(忽略|无视|忘记)(之前|以上|先前|所有|全部)+的?(所有)?(指令|说明|指示|规则)")),
        ("instruction override (ja)", Make("(以前|前|上記)の(指示|命令)を(無視|忘れ)")),
    ];

    [GeneratedRegex(@"[A-Za-z0-9+/]{16,}={0,2}", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Base64Run();

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
}
