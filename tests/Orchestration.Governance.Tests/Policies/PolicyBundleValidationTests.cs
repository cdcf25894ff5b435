using Orchestration.Governance.Files;
using Orchestration.Governance.Policies;

namespace Orchestration.Governance.Tests.Policies;

public sealed class PolicyBundleValidationTests
{
    [Theory]
    [InlineData("    whn: input.amount > 1\n", 8, "unknown field 'whn'")]
    [InlineData("    when: input.amount >\n", 8, "'when': expected a value")]
    [InlineData("    when: input.amount > 'ten' + 1\n", 8, "type error")]
    [InlineData("    when: input.amount + 1\n", 8, "type error")]
    [InlineData("    when: sqrt(input.amount) > 1\n", 8, "unknown function 'sqrt'")]
    [InlineData("    when: input.id in data.sanctions\n", 8, "unknown data set 'data.sanctions'")]
    [InlineData("    when: amount > 1\n", 8, "unknown name 'amount'")]
    [InlineData("    when: lower(1) == 'a'\n", 8, "type error")]
    [InlineData("    when: len() == 1\n", 8, "takes len(any)")]
    [InlineData("    when: input.currency == 'EUR\n", 8, "unterminated string")]
    public void LoadFile_InvalidRule_NamesFileLineAndRule(string badLine, int line, string problem)
    {
        using TempPolicies temp = new();
        string yaml = TempPolicies.Header("1.0.0") + "rules:\n  - id: payment-limit\n" + badLine + "    outcome: deny\n";
        string path = temp.Write("limits/bundle.yaml", yaml);

        GovernanceFileException error = Assert.Throws<GovernanceFileException>(() => PolicyBundleLoader.LoadFile(path, temp.Root));

        Assert.Equal(("limits/bundle.yaml", line, "payment-limit"), (error.File, error.Line, error.Rule));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"limits/bundle.yaml:{line}: rule 'payment-limit': ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: test-policy\nversion: 1.0\nrules: []\n", 2, "major.minor.patch")]
    [InlineData("id: Test Policy\nversion: 1.0.0\n", 1, "lowercase")]
    [InlineData("id: test-policy\nversion: 1.0.0\nowner: me\n", 3, "unknown field 'owner'")]
    [InlineData("id: test-policy\nversion: 1.0.0\nrules:\n  - id: a\n    when: true\n    outcome: maybe\n", 6, "unknown outcome 'maybe'")]
    [InlineData("id: test-policy\nversion: 1.0.0\nrules:\n  - id: a\n    when: true\n    outcome: require-approval\n", 4, "'approval' is required")]
    [InlineData("id: test-policy\nversion: 1.0.0\nrules:\n  - id: a\n    when: true\n    outcome: escalate\n", 4, "needs 'escalateTo'")]
    [InlineData("id: test-policy\nversion: 1.0.0\nrules:\n  - id: a\n    when: true\n    outcome: allow\n  - id: a\n    when: true\n    outcome: deny\n", 7, "duplicate rule id")]
    [InlineData("id: test-policy\nversion: 1.0.0\ndata:\n  list:\n    file: missing.csv\nrules: []\n", 5, "does not exist")]
    [InlineData("id: test-policy\nversion: 1.0.0\nrules: [\n", 4, "not valid YAML")]
    public void LoadFile_InvalidBundle_NamesFileAndLine(string yaml, int line, string problem)
    {
        using TempPolicies temp = new();
        string path = temp.Write("bundle.yaml", yaml);

        GovernanceFileException error = Assert.Throws<GovernanceFileException>(() => PolicyBundleLoader.LoadFile(path, temp.Root));

        Assert.Equal(("bundle.yaml", line), (error.File, error.Line));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_CsvDataSet_LoadsTheColumn()
    {
        using TempPolicies temp = new();
        temp.Write("data/list.csv", "# comment\nid,name\nA-1,\"Acme, Inc\"\nB-2,Beta\n");
        string path = temp.Write("bundle.yaml", "id: t\nversion: 1.0.0\ndata:\n  names: {file: data/list.csv, column: name}\nrules:\n  - {id: r, when: \"input.n in data.names\", outcome: deny}\n");

        PolicyBundle bundle = PolicyBundleLoader.LoadFile(path, temp.Root);

        Assert.Equal(PolicyOutcome.Deny, bundle.Evaluate(new { n = "acme, inc" }).Outcome);
    }
}
