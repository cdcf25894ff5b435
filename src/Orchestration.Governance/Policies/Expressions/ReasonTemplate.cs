using System.Text;

namespace Orchestration.Governance.Policies.Expressions;

/// <summary>
/// A reason with expressions in braces, checked when the bundle loads:
/// <c>"Supplier {input.supplierId} is on the sanctions list"</c>.
/// </summary>
internal sealed class ReasonTemplate
{
    private readonly IReadOnlyList<object> parts;

    private ReasonTemplate(IReadOnlyList<object> parts) => this.parts = parts;

    public static ReasonTemplate Compile(string text, IReadOnlySet<string> dataSets)
    {
        List<object> parts = [];
        int index = 0;
        while (index < text.Length)
        {
            int open = text.IndexOf('{', index);
            if (open < 0)
            {
                parts.Add(text[index..]);
                break;
            }

            int close = text.IndexOf('}', open);
            if (close < 0)
            {
                throw new ExpressionSyntaxException($"reason: '{{' at position {open + 1} has no closing '}}'");
            }

            parts.Add(text[index..open]);
            parts.Add(CompiledExpression.Compile(text[(open + 1)..close], dataSets, condition: false));
            index = close + 1;
        }

        return new ReasonTemplate(parts);
    }

    public string Render(EvaluationScope scope)
    {
        StringBuilder reason = new();
        foreach (object part in parts)
        {
            reason.Append(part is CompiledExpression expression ? RenderValue(expression, scope) : (string)part);
        }

        return reason.ToString();
    }

    private static string RenderValue(CompiledExpression expression, EvaluationScope scope)
    {
        try
        {
            return Values.Format(expression.Evaluate(scope));
        }
        catch (ExpressionEvaluationException)
        {
            // A reason is for people; a field it cannot show must not change the outcome the condition decided.
            return $"<{expression.Text}?>";
        }
    }
}
