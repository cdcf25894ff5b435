using System.Globalization;

namespace Orchestration.Governance.Policies.Expressions;

/// <summary>
/// A recursive-descent parser, one method per precedence level, lowest first:
/// <c>or</c>, <c>and</c>, <c>not</c>, comparison and membership, <c>+ -</c>, <c>* / %</c>, unary minus, paths and calls.
/// </summary>
internal sealed class Parser
{
    private static readonly string[] Comparisons = ["==", "!=", "<=", ">=", "<", ">"];
    private readonly IReadOnlyList<Token> tokens;
    private int position;

    private Parser(IReadOnlyList<Token> tokens) => this.tokens = tokens;

    private Token Current => tokens[position];

    public static Expr Parse(string text)
    {
        Parser parser = new(Tokenizer.Tokenize(text));
        Expr expression = parser.ParseOr();
        return parser.Current.Kind == TokenKind.End
            ? expression
            : throw parser.Unexpected("the end of the expression");
    }

    private Expr ParseOr() => ParseLeftAssociative(ParseAnd, "or");

    private Expr ParseAnd() => ParseLeftAssociative(ParseNot, "and");

    private Expr ParseNot()
    {
        Token start = Current;
        return Accept("not") ? new UnaryExpr("not", ParseNot(), start.Column) : ParseComparison();
    }

    private Expr ParseComparison()
    {
        Expr left = ParseAdditive();
        Token start = Current;
        if (Comparisons.FirstOrDefault(start.Is) is { } comparison)
        {
            position++;
            return new BinaryExpr(comparison, left, ParseAdditive(), start.Column);
        }

        if (Accept("in"))
        {
            return new BinaryExpr("in", left, ParseAdditive(), start.Column);
        }

        if (start.Is("not") && tokens[position + 1].Is("in"))
        {
            position += 2;
            return new UnaryExpr("not", new BinaryExpr("in", left, ParseAdditive(), start.Column), start.Column);
        }

        return left;
    }

    private Expr ParseAdditive() => ParseLeftAssociative(ParseMultiplicative, "+", "-");

    private Expr ParseMultiplicative() => ParseLeftAssociative(ParseUnary, "*", "/", "%");

    private Expr ParseUnary()
    {
        Token start = Current;
        return Accept("-") ? new UnaryExpr("-", ParseUnary(), start.Column) : ParsePrimary();
    }

    private Expr ParseLeftAssociative(Func<Expr> operand, params string[] operators)
    {
        Expr left = operand();
        while (operators.FirstOrDefault(Current.Is) is { } op)
        {
            int column = Current.Column;
            position++;
            left = new BinaryExpr(op, left, operand(), column);
        }

        return left;
    }

    private Expr ParsePrimary()
    {
        Token token = Current;
        position++;
        return token switch
        {
            { Kind: TokenKind.Number } => new LiteralExpr(decimal.Parse(token.Text, NumberStyles.Number, CultureInfo.InvariantCulture), token.Column),
            { Kind: TokenKind.String } => new LiteralExpr(token.Text, token.Column),
            _ when token.Is("true") => new LiteralExpr(true, token.Column),
            _ when token.Is("false") => new LiteralExpr(false, token.Column),
            _ when token.Is("null") => new LiteralExpr(null, token.Column),
            _ when token.Is("(") => ParseParenthesised(),
            _ when token.Is("[") => new ListExpr(ParseItems("]"), token.Column),
            { Kind: TokenKind.Identifier } when Current.Is("(") => ParseCall(token),
            { Kind: TokenKind.Identifier } => ParsePath(token),
            _ => throw UnexpectedAt(token, "a value, a field path, a function call or '('"),
        };
    }

    private Expr ParseParenthesised()
    {
        Expr inner = ParseOr();
        Expect(")");
        return inner;
    }

    private CallExpr ParseCall(Token name)
    {
        position++;
        return new CallExpr(name.Text, ParseItems(")"), name.Column);
    }

    private List<Expr> ParseItems(string close)
    {
        List<Expr> items = [];
        if (!Accept(close))
        {
            do
            {
                items.Add(ParseOr());
            }
            while (Accept(","));
            Expect(close);
        }

        return items;
    }

    private PathExpr ParsePath(Token root)
    {
        List<object> segments = [];
        while (true)
        {
            if (Accept("."))
            {
                Token member = Current;
                segments.Add(member.Kind == TokenKind.Identifier ? member.Text : throw UnexpectedAt(member, "a field name after '.'"));
                position++;
            }
            else if (Accept("["))
            {
                Token index = Current;
                segments.Add(index.Kind == TokenKind.Number && int.TryParse(index.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int at)
                    ? at
                    : throw UnexpectedAt(index, "a whole-number index"));
                position++;
                Expect("]");
            }
            else
            {
                return new PathExpr(root.Text, segments, root.Column);
            }
        }
    }

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        position++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Unexpected($"'{symbol}'");
        }
    }

    private ExpressionSyntaxException Unexpected(string expected) => UnexpectedAt(Current, expected);

    private static ExpressionSyntaxException UnexpectedAt(Token token, string expected) => new(token.Kind == TokenKind.End
        ? $"expected {expected} but the expression ended"
        : $"expected {expected} at column {token.Column}, found '{token.Text}'");
}
