using System.Text;

namespace Orchestration.Governance.Policies.Expressions;

/// <summary>Splits a policy expression into tokens: numbers, quoted strings, identifiers and operators.</summary>
internal static class Tokenizer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "."];

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        List<Token> tokens = [];
        int index = 0;
        while (index < text.Length)
        {
            char current = text[index];
            if (char.IsWhiteSpace(current))
            {
                index++;
            }
            else if (char.IsAsciiDigit(current))
            {
                tokens.Add(ReadNumber(text, ref index));
            }
            else if (current is '\'' or '"')
            {
                tokens.Add(ReadString(text, ref index));
            }
            else if (char.IsAsciiLetter(current) || current == '_')
            {
                int start = index;
                while (index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] == '_'))
                {
                    index++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..index], start + 1));
            }
            else
            {
                tokens.Add(ReadSymbol(text, ref index));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length + 1));
        return tokens;
    }

    private static Token ReadNumber(string text, ref int index)
    {
        int start = index;
        while (index < text.Length && (char.IsAsciiDigit(text[index]) || text[index] == '_'
            || (text[index] == '.' && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]))))
        {
            index++;
        }

        // Underscores group digits for people (250_000); they carry no value.
        return new Token(TokenKind.Number, text[start..index].Replace("_", string.Empty, StringComparison.Ordinal), start + 1);
    }

    private static Token ReadString(string text, ref int index)
    {
        char quote = text[index];
        int start = index++;
        StringBuilder value = new();
        while (index < text.Length && text[index] != quote)
        {
            if (text[index] == '\\' && index + 1 < text.Length)
            {
                index++;
            }

            value.Append(text[index++]);
        }

        if (index >= text.Length)
        {
            throw new ExpressionSyntaxException($"unterminated string starting at column {start + 1}");
        }

        index++;
        return new Token(TokenKind.String, value.ToString(), start + 1);
    }

    private static Token ReadSymbol(string text, ref int index)
    {
        foreach (string symbol in Symbols)
        {
            if (string.CompareOrdinal(text, index, symbol, 0, symbol.Length) == 0)
            {
                index += symbol.Length;
                return new Token(TokenKind.Symbol, symbol, index - symbol.Length + 1);
            }
        }

        throw new ExpressionSyntaxException($"unexpected character '{text[index]}' at column {index + 1}");
    }
}
