using System.Text.Json;
using Orchestration.Evidence.Chain;

namespace Orchestration.Evidence.Tests.Chain;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Write_NestedObjects_SortsMembersOrdinallyWithoutWhiteSpace()
    {
        using JsonDocument document = JsonDocument.Parse("""{ "b": 1, "a": { "z": [true, null], "Z": "x" }, "_": false }""");

        Assert.Equal("""{"_":false,"a":{"Z":"x","z":[true,null]},"b":1}""", CanonicalJson.Write(document.RootElement));
    }

    [Fact]
    public void Write_Strings_EscapesOnlyQuoteBackslashAndControlCharacters()
    {
        using JsonDocument document = JsonDocument.Parse("\"\\u00e9<>&\\\"\\\\\\n\\u0001\\u2028\"");

        Assert.Equal("\"é<>&\\\"\\\\\\n\\u0001\u2028\"", CanonicalJson.Write(document.RootElement));
    }

    [Theory]
    [InlineData("18450.00", "18450")]
    [InlineData("1.845e4", "18450")]
    [InlineData("0.50", "0.5")]
    [InlineData("-0.0", "0")]
    [InlineData("-12.340", "-12.34")]
    [InlineData("1350", "1350")]
    public void Write_Number_WritesItsExactValueInPlainDecimal(string json, string canonical)
    {
        using JsonDocument document = JsonDocument.Parse(json);

        Assert.Equal(canonical, CanonicalJson.Write(document.RootElement));
    }

    [Fact]
    public void Write_NumberBeyondDecimal_ThrowsFormatException()
    {
        using JsonDocument document = JsonDocument.Parse("""{"ratio":1e300}""");

        Assert.Throws<FormatException>(() => CanonicalJson.Write(document.RootElement));
    }

    [Fact]
    public void Write_RepeatedMember_ThrowsFormatException()
    {
        using JsonDocument document = JsonDocument.Parse("""{"a":1,"a":2}""");

        Assert.Throws<FormatException>(() => CanonicalJson.Write(document.RootElement));
    }

    [Fact]
    public void Write_SkipTopLevelMember_LeavesItOutAtTopLevelOnly()
    {
        using JsonDocument document = JsonDocument.Parse("""{"hash":"x","inner":{"hash":"y"}}""");

        Assert.Equal("""{"inner":{"hash":"y"}}""", CanonicalJson.Write(document.RootElement, "hash"));
    }
}
