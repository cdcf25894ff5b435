using Orchestration.Functions.TestKit.Replay;

namespace Orchestration.Functions.Tests.Replay;

public sealed class DurablePayloadsTests
{
    [Fact]
    public void SameValue_SameJsonWrittenDifferently_IsTrue()
    {
        Assert.True(DurablePayloads.SameValue("""{"a":1,"b":"\u00e9"}""", """{ "a": 1, "b": "é" }"""));
    }

    [Fact]
    public void SameValue_MissingAndJsonNull_IsTrue()
    {
        Assert.True(DurablePayloads.SameValue(null, "null"));
    }

    [Fact]
    public void SameValue_MembersInOtherOrder_IsTrue()
    {
        Assert.True(DurablePayloads.SameValue("""{"a":1,"b":2}""", """{"b":2,"a":1}"""));
    }

    [Fact]
    public void SameValue_OtherValue_IsFalse()
    {
        Assert.False(DurablePayloads.SameValue("\"INV-1\"", "\"INV-2\""));
    }

    [Fact]
    public void UnwrapActivityInput_ParametersArray_GivesTheInput()
    {
        Assert.Equal("""{"n":[1,2]}""", DurablePayloads.UnwrapActivityInput(DurablePayloads.WrapActivityInput("""{"n":[1,2]}""")));
    }
}
