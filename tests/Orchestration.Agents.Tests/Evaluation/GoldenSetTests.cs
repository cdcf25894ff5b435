using Orchestration.Agents.Evaluation;
using Orchestration.Agents.Tests.Guardrails;

namespace Orchestration.Agents.Tests.Evaluation;

public sealed class GoldenSetTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"golden-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public void Load_ResultAndRefusalCases_ReadsBoth()
    {
        File.WriteAllLines(file,
        [
            """{"id": "a", "tags": ["en"], "input": {"sender": "Contoso", "body": "New prices"}, "expect": {"result": {"headline": "Prices", "topic": "pricing"}}}""",
            """{"id": "b", "input": {"sender": "X", "body": ""}, "expect": {"refusal": "insufficient-input"}}""",
        ]);

        IReadOnlyList<GoldenCase<Letter, Summary>> cases = GoldenSet.Load<Letter, Summary>(file);

        Assert.Equal((new Summary("Prices", "pricing"), "insufficient-input"), (cases[0].ExpectedResult, cases[1].ExpectedRefusal));
    }

    [Fact]
    public void Load_MalformedLine_NamesTheFileAndLine()
    {
        File.WriteAllLines(file, ["""{"id": "a", "input": {"sender": "X", "body": "Y"}, "expect": {"refusal": "x"}}""", "{not json"]);

        GoldenSetException error = Assert.Throws<GoldenSetException>(() => GoldenSet.Load<Letter, Summary>(file, "golden.jsonl"));

        Assert.Equal(("golden.jsonl", 2), (error.File, error.Line));
    }

    [Fact]
    public void Load_CaseWithBothResultAndRefusal_IsRejected()
    {
        File.WriteAllLines(file, ["""{"id": "a", "input": {"sender": "X", "body": "Y"}, "expect": {"refusal": "x", "result": {"headline": "h", "topic": "t"}}}"""]);

        Assert.Throws<GoldenSetException>(() => GoldenSet.Load<Letter, Summary>(file));
    }

    [Fact]
    public void Load_InputWithAnUnknownMember_IsRejected()
    {
        File.WriteAllLines(file, ["""{"id": "a", "input": {"sender": "X", "body": "Y", "extra": 1}, "expect": {"refusal": "x"}}"""]);

        Assert.Throws<GoldenSetException>(() => GoldenSet.Load<Letter, Summary>(file));
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        Assert.Throws<GoldenSetException>(() => GoldenSet.Load<Letter, Summary>(file));
    }

    public void Dispose() => File.Delete(file);
}
