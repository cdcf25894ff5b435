using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;
using Orchestration.Functions.Schedules;
using Orchestration.Functions.Workflows;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Functions.Tests.Hosting;

/// <summary>What the Functions worker reports to the host: one function per registered workflow, activity and schedule.</summary>
public sealed class FunctionMetadataTests
{
    private static readonly string[] Templates = [nameof(WorkflowFunctions.RunWorkflow), nameof(WorkflowFunctions.RunActivity), nameof(ScheduleFunctions.RunSchedule)];

    private static WorkflowRegistry ComposedRegistry()
    {
        using IHost worker = FunctionsWorker.Build();
        return worker.Services.GetRequiredService<WorkflowRegistry>();
    }

    [Fact]
    public async Task ReportedFunctions_EveryRegisteredWorkflow_HasAnOrchestratorFunctionUnderItsName()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        Assert.Equal(
            ComposedRegistry().WorkflowNames.Order(StringComparer.Ordinal),
            functions.Where(function => TriggerType(function) == "orchestrationTrigger").Select(function => function.Name!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReportedFunctions_EveryRegisteredActivity_HasAnActivityFunctionUnderItsName()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        Assert.Equal(
            ComposedRegistry().ActivityNames.Order(StringComparer.Ordinal),
            functions.Where(function => TriggerType(function) == "activityTrigger").Select(function => function.Name!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReportedFunctions_WorkflowFunctions_EnterTheOneOrchestratorFunction()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        Assert.All(
            functions.Where(function => TriggerType(function) == "orchestrationTrigger"),
            function => Assert.Equal($"{typeof(WorkflowFunctions).FullName}.{nameof(WorkflowFunctions.RunWorkflow)}", function.EntryPoint));
    }

    [Fact]
    public async Task ReportedFunctions_Templates_NeverReachTheHost()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        Assert.DoesNotContain(functions, function => Templates.Contains(function.Name));
    }

    [Fact]
    public async Task ReportedFunctions_EachSchedule_HasATimerCarryingItsDefaultSchedule()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        IFunctionMetadata timer = Assert.Single(functions, function => TriggerType(function) == "timerTrigger");
        Assert.Equal(RegistryFunctionNames.ForSchedule(nameof(ReferenceDataRefreshWorkflow)), timer.Name);
        Assert.Equal(ReferenceDataProcess.Schedule.Cron, Trigger(timer).GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task ReportedFunctions_ScheduleSettingSet_TimerCarriesTheSetSchedule()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync(
            new() { [ScheduleSettingNames.ReferenceDataRefresh] = "0 15 */2 * * *" });

        IFunctionMetadata timer = Assert.Single(functions, function => TriggerType(function) == "timerTrigger");
        Assert.Equal("0 15 */2 * * *", Trigger(timer).GetProperty("schedule").GetString());
        Assert.True(Trigger(timer).GetProperty("runOnStartup").GetBoolean());
    }

    [Fact]
    public async Task ReportedFunctions_Names_AreUniqueIgnoringCase()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        Assert.Equal(functions.Count, functions.Select(function => function.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task ReportedFunctions_EachCopy_HasItsOwnFunctionId()
    {
        IReadOnlyList<IFunctionMetadata> functions = await FunctionsWorker.ReportedFunctionsAsync();

        Assert.Equal(functions.Count, functions.Select(function => function.FunctionId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Transform_WorkflowAndActivityShareAName_RefusesNamingIt()
    {
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddWorkflow<string, string>("PostInvoice", (_, text) => Task.FromResult(text))
            .AddActivity<string, string>("postinvoice", (_, text) => Task.FromResult(text));
        List<IFunctionMetadata> functions = TemplateFunctions();

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => Transformer(registry).Transform(functions));

        Assert.Contains("PostInvoice", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Transform_NameTheHostRefuses_RefusesNamingIt()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddWorkflow<string, string>("Invoice approval", (_, text) => Task.FromResult(text));

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => Transformer(registry).Transform(TemplateFunctions()));

        Assert.Contains("'Invoice approval'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_TemplateMissing_RefusesNamingIt()
    {
        List<IFunctionMetadata> functions = [.. TemplateFunctions().Where(function => function.Name != nameof(WorkflowFunctions.RunActivity))];

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => Transformer(new WorkflowRegistry()).Transform(functions));

        Assert.Contains(nameof(WorkflowFunctions.RunActivity), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_ActivityCopy_KeepsTheTemplatesBindingsButItsName()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddActivity<string, string>("ScreenSupplier", (_, text) => Task.FromResult(text));
        List<IFunctionMetadata> functions = TemplateFunctions();
        IFunctionMetadata template = functions.Single(function => function.Name == nameof(WorkflowFunctions.RunActivity));

        Transformer(registry).Transform(functions);

        IFunctionMetadata copy = Assert.Single(functions, function => function.Name == "ScreenSupplier");
        Assert.Equal(template.EntryPoint, copy.EntryPoint);
        Assert.Equal(template.ScriptFile, copy.ScriptFile);
        Assert.Equal(template.RawBindings, copy.RawBindings);
    }

    private static RegistryFunctionMetadataTransformer Transformer(WorkflowRegistry registry) =>
        new(registry, ScheduledWorkflows.Resolve([], new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));

    // The app's own generated templates, as the worker's metadata provider reports them.
    private static List<IFunctionMetadata> TemplateFunctions() =>
        [.. new GeneratedFunctionMetadataProvider().GetFunctionMetadataAsync(AppContext.BaseDirectory).GetAwaiter().GetResult()];

    private static string? TriggerType(IFunctionMetadata function) =>
        function.RawBindings?.Select(raw => JsonDocument.Parse(raw).RootElement.GetProperty("type").GetString())
            .FirstOrDefault(type => type?.EndsWith("Trigger", StringComparison.Ordinal) == true);

    private static JsonElement Trigger(IFunctionMetadata function) => function.RawBindings!
        .Select(raw => JsonDocument.Parse(raw).RootElement)
        .Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
