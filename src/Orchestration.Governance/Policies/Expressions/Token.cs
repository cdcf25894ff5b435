namespace Orchestration.Governance.Policies.Expressions;

/// <summary>The kinds of token in a policy expression.</summary>
internal enum TokenKind
{
    Number,
    String,
    Identifier,
    Symbol,
    End,
}

/// <summary>One token, with its 1-based column in the expression for error messages.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Column)
{
    public bool Is(string symbolOrKeyword) =>
        Kind is TokenKind.Symbol or TokenKind.Identifier && string.Equals(Text, symbolOrKeyword, StringComparison.Ordinal);
}
