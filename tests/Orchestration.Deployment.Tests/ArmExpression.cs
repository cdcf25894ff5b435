using System.Globalization;
using System.Text;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// An ARM template expression, the text between <c>[</c> and <c>]</c> that Bicep compiles every computed value to:
/// string and integer literals, function calls, property access and indexing. <see cref="ArmTemplate"/> evaluates it.
/// </summary>
internal abstract record ArmExpression
{
    public static ArmExpression Parse(string text) => new Parser(text).ParseAll();

    private sealed class Parser(string text)
    {
        private int position;

        public ArmExpression ParseAll()
        {
            ArmExpression expression = ParseExpression();
            SkipWhitespace();
            return position == text.Length ? expression : throw Error("end of expression");
        }

        private ArmExpression ParseExpression()
        {
            ArmExpression expression = ParsePrimary();
            while (true)
            {
                SkipWhitespace();
                if (TryTake('.'))
                {
                    expression = new ArmMember(expression, ParseIdentifier());
                }
                else if (TryTake('['))
                {
                    expression = new ArmIndex(expression, ParseExpression());
                    Expect(']');
                }
                else
                {
                    return expression;
                }
            }
        }

        private ArmExpression ParsePrimary()
        {
            SkipWhitespace();
            if (position < text.Length && text[position] == '\'')
            {
                return new ArmLiteral(ParseString());
            }

            if (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '-'))
            {
                int start = position++;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }

                return new ArmLiteral(long.Parse(text[start..position], CultureInfo.InvariantCulture));
            }

            string function = ParseIdentifier();
            Expect('(');
            List<ArmExpression> arguments = [];
            SkipWhitespace();
            if (!TryTake(')'))
            {
                do
                {
                    arguments.Add(ParseExpression());
                    SkipWhitespace();
                }
                while (TryTake(','));
                Expect(')');
            }

            return new ArmCall(function, arguments);
        }

        private string ParseString()
        {
            StringBuilder value = new();
            position++;
            while (true)
            {
                if (position >= text.Length)
                {
                    throw Error("closing quote");
                }

                if (text[position] == '\'')
                {
                    if (position + 1 < text.Length && text[position + 1] == '\'')
                    {
                        value.Append('\'');
                        position += 2;
                        continue;
                    }

                    position++;
                    return value.ToString();
                }

                value.Append(text[position++]);
            }
        }

        private string ParseIdentifier()
        {
            SkipWhitespace();
            int start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '$'))
            {
                position++;
            }

            return position > start ? text[start..position] : throw Error("a name");
        }

        private void SkipWhitespace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private bool TryTake(char expected)
        {
            SkipWhitespace();
            if (position < text.Length && text[position] == expected)
            {
                position++;
                return true;
            }

            return false;
        }

        private void Expect(char expected)
        {
            if (!TryTake(expected))
            {
                throw Error($"'{expected}'");
            }
        }

        private FormatException Error(string expected) =>
            new($"ARM expression '{text}': expected {expected} at {position}");
    }
}

/// <summary>A string (<see cref="string"/>) or integer (<see cref="long"/>) literal.</summary>
/// <param name="Value">The literal's value.</param>
internal sealed record ArmLiteral(object Value) : ArmExpression;

/// <summary>A function call, <c>name(arguments)</c>.</summary>
/// <param name="Function">The function's name.</param>
/// <param name="Arguments">The arguments.</param>
internal sealed record ArmCall(string Function, IReadOnlyList<ArmExpression> Arguments) : ArmExpression;

/// <summary>A property of the target's value, <c>target.name</c>.</summary>
/// <param name="Target">The expression whose property is read.</param>
/// <param name="Name">The property.</param>
internal sealed record ArmMember(ArmExpression Target, string Name) : ArmExpression;

/// <summary>An element or property by value, <c>target[index]</c>.</summary>
/// <param name="Target">The array or object.</param>
/// <param name="Index">The index or property name.</param>
internal sealed record ArmIndex(ArmExpression Target, ArmExpression Index) : ArmExpression;
