using Orchestration.Agents.Evaluation;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Intake.Local;

namespace Orchestration.Processes.Tests.Intake.Local;

public sealed class GoldenFilesTests
{
    private static readonly string Agents = Path.Combine(AppContext.BaseDirectory, "agents");

    [Fact]
    public void ClassifierGoldenSet_Parses_WithAtLeast30Cases()
    {
        Assert.True(GoldenSet.Load<SupplierDocument, DocumentClassification>(Golden(IntakeAgents.DocumentClassifier)).Count >= 30);
    }

    [Fact]
    public void ExtractorGoldenSet_Parses_WithAtLeast30Cases()
    {
        Assert.True(GoldenSet.Load<SupplierDocument, ExtractedInvoice>(Golden(IntakeAgents.InvoiceExtractor)).Count >= 30);
    }

    [Theory]
    [InlineData(IntakeAgents.DocumentClassifier, "guardrail:prompt-injection")]
    [InlineData(IntakeAgents.DocumentClassifier, "out-of-distribution")]
    [InlineData(IntakeAgents.DocumentClassifier, "insufficient-input")]
    [InlineData(IntakeAgents.InvoiceExtractor, "guardrail:prompt-injection")]
    [InlineData(IntakeAgents.InvoiceExtractor, "insufficient-input")]
    public void GoldenSet_HasAdversarialCasesExpectingTheRefusal(string agent, string code)
    {
        IEnumerable<string?> refusals = File.ReadLines(Golden(agent)).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Where(root => root.GetProperty("expect").TryGetProperty("refusal", out _))
            .Select(root => root.GetProperty("expect").GetProperty("refusal").GetString());

        Assert.True(refusals.Count(refusal => refusal == code) >= 2);
    }

    [Theory]
    [InlineData(IntakeAgents.DocumentClassifier)]
    [InlineData(IntakeAgents.InvoiceExtractor)]
    public void GoldenSet_HasGermanAndOcrNoisyCases(string agent)
    {
        string text = File.ReadAllText(Golden(agent));

        Assert.Equal((true, true), (text.Contains("\"de\"", StringComparison.Ordinal), text.Contains("\"ocr\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void ClassifierExamples_HaveAtLeastFivePerKind()
    {
        IReadOnlyList<Orchestration.Agents.Local.LabelledExample<DocumentKind>> examples =
            DocumentExamples.Load(Path.Combine(Agents, IntakeAgents.DocumentClassifier, DocumentExamples.FileName));

        Assert.All(Enum.GetValues<DocumentKind>(), kind => Assert.True(examples.Count(example => example.Label == kind) >= 5, kind.ToString()));
    }

    private static string Golden(string agent) => Path.Combine(Agents, agent, GoldenSet.FileName);
}
