using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Orchestration.Evidence.Chain;

/// <summary>
/// The canonical form hashes are computed over, a subset of RFC 8785 (JCS) that needs no float formatting:
/// no white space; object members sorted by name in ordinal (UTF-16 code unit) order, duplicate names refused;
/// arrays in order; strings in double quotes with only <c>"</c>, <c>\</c> and U+0000..U+001F escaped
/// (<c>\b \f \n \r \t</c>, otherwise <c>\u00xx</c> in lower-case hex) and every other character as UTF-8;
/// numbers are written as their exact decimal value, in plain notation without trailing fractional zeros
/// (<c>18450.00</c> and <c>1.845e4</c> both as <c>18450</c>, <c>-0</c> as <c>0</c>); a number beyond the range or
/// the 28 fractional digits of <see cref="decimal"/> is refused; <c>true</c>, <c>false</c>, <c>null</c> as such.
/// Money amounts are decimals everywhere in this product, so they hash exactly, never through a binary float.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Writes the canonical form of a JSON value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="skipTopLevelMember">A member of the top-level object to leave out (a record's own hash).</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException">A number does not fit a decimal, or an object repeats a name.</exception>
    public static string Write(JsonElement value, string? skipTopLevelMember = null)
    {
        StringBuilder builder = new(512);
        Append(builder, value, skipTopLevelMember);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonElement value, string? skip = null)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                AppendObject(builder, value, skip);
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    builder.Append(index++ == 0 ? string.Empty : ",");
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                AppendString(builder, value.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(value.TryGetDecimal(out decimal number)
                    ? PlainDecimal(number)
                    : throw new FormatException($"Canonical JSON takes numbers within decimal's range and precision; found {value.GetRawText()}."));
                break;
            default:
                builder.Append(value.GetRawText());
                break;
        }
    }

    private static string PlainDecimal(decimal number)
    {
        if (number == 0m)
        {
            return "0";
        }

        string text = number.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    private static void AppendObject(StringBuilder builder, JsonElement value, string? skip)
    {
        List<JsonProperty> members = [.. value.EnumerateObject().Where(m => m.Name != skip)];
        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        builder.Append('{');
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0 && members[i].Name == members[i - 1].Name)
            {
                throw new FormatException($"Canonical JSON refuses the repeated member '{members[i].Name}'.");
            }

            builder.Append(i == 0 ? string.Empty : ",");
            AppendString(builder, members[i].Name);
            builder.Append(':');
            Append(builder, members[i].Value);
        }

        builder.Append('}');
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        builder.Append('"');
    }
}
