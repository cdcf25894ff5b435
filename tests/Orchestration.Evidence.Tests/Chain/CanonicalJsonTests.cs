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

    [Fact]
    public void Write_Fraction_ThrowsFormatException()
    {
        using JsonDocument document = JsonDocument.Parse("""{"latency":1.5}""");

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
