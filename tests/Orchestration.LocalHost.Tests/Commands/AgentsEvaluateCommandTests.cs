using Microsoft.Extensions.Configuration;
using Orchestration.LocalHost.Commands;

namespace Orchestration.LocalHost.Tests.Commands;

public sealed class AgentsEvaluateCommandTests : IDisposable
{
    private readonly DirectoryInfo agents = Directory.CreateTempSubdirectory("of-agents-evaluate-");
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task RunAsync_ShippedAgents_PrintsARowPerAgentAndExits0()
    {
        int exit = await AgentsEvaluateCommand.RunAsync([], output, error);

        Assert.Equal((0, true, true), (exit,
            output.ToString().Contains("\ndocument-classifier  1.0.0    local", StringComparison.Ordinal),
            output.ToString().Contains("\ninvoice-extractor    1.0.0    local", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_UnknownAgent_Exits2WithAnError()
    {
        int exit = await AgentsEvaluateCommand.RunAsync(["--agent", "no-such-agent"], output, error);

        Assert.Equal((2, true), (exit, error.ToString().StartsWith("invalid: unknown agent 'no-such-agent'", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_ModelImplementationWithNoEndpoint_Exits2NamingTheSetting()
    {
        int exit = await AgentsEvaluateCommand.RunAsync(["--implementation", "model"], output, error, new ConfigurationBuilder().Build());

        Assert.Equal((2, true), (exit, error.ToString().Contains("Models__Endpoint", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_EndpointWithNoDeployment_Exits2NamingTheSetting()
    {
        IConfiguration settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Models:Endpoint"] = "https://contoso-intake.openai.azure.com",
        }).Build();

        int exit = await AgentsEvaluateCommand.RunAsync([], output, error, settings);

        Assert.Equal((2, true), (exit, error.ToString().Contains("Models__Deployment", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_UnknownImplementation_Exits2()
    {
        int exit = await AgentsEvaluateCommand.RunAsync(["--implementation", "cloud"], output, error);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task RunAsync_MalformedGoldenFile_Exits2NamingTheFileAndLine()
    {
        Directory.CreateDirectory(Path.Combine(agents.FullName, "invoice-extractor"));
        File.WriteAllText(Path.Combine(agents.FullName, "invoice-extractor", "golden.jsonl"), "{\"id\": \"a\", \"input\": {\"documentId\": \"D\", \"documentText\": \"x\"}, \"expect\": {\"refusal\": \"insufficient-input\"}}\n{broken\n");

        int exit = await AgentsEvaluateCommand.RunAsync(["--agent", "invoice-extractor", "--agents-dir", agents.FullName], output, error);

        Assert.Equal((2, true), (exit, error.ToString().Contains("golden.jsonl line 2:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_MissingGoldenFile_Exits2()
    {
        int exit = await AgentsEvaluateCommand.RunAsync(["--agent", "document-classifier", "--agents-dir", agents.FullName], output, error);

        Assert.Equal((2, true), (exit, error.ToString().Contains("does not exist", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        agents.Delete(recursive: true);
    }
}
