using System.Text.RegularExpressions;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// The Functions app cannot be built here, so its wrappers are read as source and compared with the registry that
/// its <c>Program.cs</c> composes (<see cref="FunctionsHostingExtensions.AddFunctionsApp"/>).
/// </summary>
public sealed partial class FunctionWrapperTests
{
    private static string[] Sources => FunctionsApp.Sources;

    private static WorkflowRegistry Registry() => FunctionsApp.Get<WorkflowRegistry>();

    private static HashSet<string> Wrapped(string trigger) => [.. Sources
        .SelectMany(source => Wrapper().Matches(source))
        .Where(match => match.Groups["trigger"].Value == trigger)
        .Select(match => LastSegment(match.Groups["name"].Value))];

    // nameof(A.B) is "B".
    private static string LastSegment(string name) => name[(name.LastIndexOf('.') + 1)..];

    [Fact]
    public void EveryRegisteredWorkflow_HasOneOrchestratorFunction()
    {
        HashSet<string> wrapped = Wrapped("OrchestrationTrigger");

        Assert.Equal(Registry().WorkflowNames.Order(StringComparer.Ordinal), wrapped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRegisteredActivity_HasOneActivityFunction()
    {
        HashSet<string> wrapped = Wrapped("ActivityTrigger");

        Assert.Equal(Registry().ActivityNames.Order(StringComparer.Ordinal), wrapped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FunctionNames_AreNeverStringLiterals()
    {
        string[] literal = [.. Sources.SelectMany(source => LiteralName().Matches(source)).Select(match => match.Value)];

        Assert.True(literal.Length == 0, $"function names typed as strings: {string.Join(", ", literal)}");
    }

    [Fact]
    public void FunctionNames_AreUnique()
    {
        string[] names = [.. Sources.SelectMany(source => AnyFunction().Matches(source)).Select(match => LastSegment(match.Groups["name"].Value))];

        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void ProgramCs_ComposesTheServicesTheseTestsBuild()
    {
        string program = Repository.ReadText("src/Orchestration.Functions/Program.cs");

        Assert.Contains($"builder.Services.{nameof(FunctionsHostingExtensions.AddFunctionsApp)}(builder.Configuration);", program, StringComparison.Ordinal);
        Assert.Contains("builder.ConfigureFunctionsWebApplication();", program, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[Function\(nameof\((?<name>[\w.]+)\)\)\]\s*public [^(]+\(\[(?<trigger>OrchestrationTrigger|ActivityTrigger)\]")]
    private static partial Regex Wrapper();

    [GeneratedRegex(@"\[Function\(nameof\((?<name>[\w.]+)\)\)\]")]
    private static partial Regex AnyFunction();

    [GeneratedRegex(@"\[Function\(\s*""[^""]*""")]
    private static partial Regex LiteralName();
}
