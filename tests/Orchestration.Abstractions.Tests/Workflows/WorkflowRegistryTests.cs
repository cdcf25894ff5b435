namespace Orchestration.Abstractions.Tests.Workflows;

public sealed class WorkflowRegistryTests
{
    [Fact]
    public void TryCreateActivity_NameInOtherCase_FindsActivity()
    {
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddActivity<string, string>("PostToErp", (_, input) => Task.FromResult(input));

        Assert.True(registry.TryCreateActivity("POSTTOERP", out IWorkflowActivity? activity));
        Assert.NotNull(activity);
    }

    [Fact]
    public void TryCreateWorkflow_NameInOtherCase_FindsWorkflow()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddWorkflow<EchoWorkflow>();

        Assert.True(registry.TryCreateWorkflow("echoworkflow", out IWorkflow? workflow));
        Assert.IsType<EchoWorkflow>(workflow);
    }

    [Fact]
    public void AddWorkflow_DuplicateNameInOtherCase_ThrowsArgumentException()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddWorkflow<EchoWorkflow>();

        var error = Assert.Throws<ArgumentException>(() => registry.AddWorkflow("ECHOWORKFLOW", () => new EchoWorkflow()));

        Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddActivity_DuplicateName_ThrowsArgumentException()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddActivity<UpperActivity>();

        Assert.Throws<ArgumentException>(() => registry.AddActivity(new UpperActivity()));
    }

    [Fact]
    public void AddWorkflow_SameNameAsActivity_IsAllowed()
    {
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddActivity<string, string>("Approve", (_, input) => Task.FromResult(input))
            .AddWorkflow<string, string>("Approve", (_, input) => Task.FromResult(input));

        Assert.Contains("Approve", registry.WorkflowNames);
        Assert.Contains("Approve", registry.ActivityNames);
    }

    [Fact]
    public void AddWorkflow_ByClass_RegistersClassName()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddWorkflow<EchoWorkflow>();

        Assert.Equal([nameof(EchoWorkflow)], registry.WorkflowNames);
    }

    [Fact]
    public void AddActivity_ByClass_RegistersClassName()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddActivity<UpperActivity>();

        Assert.Equal([nameof(UpperActivity)], registry.ActivityNames);
    }

    [Fact]
    public void AddWorkflow_BlankName_ThrowsArgumentException()
    {
        WorkflowRegistry registry = new();

        Assert.ThrowsAny<ArgumentException>(() => registry.AddWorkflow(" ", () => new EchoWorkflow()));
    }

    [Fact]
    public void TryCreateWorkflow_UnknownName_ReturnsFalseAndNull()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddWorkflow<EchoWorkflow>();

        Assert.False(registry.TryCreateWorkflow("Missing", out IWorkflow? workflow));
        Assert.Null(workflow);
    }

    [Fact]
    public void TryCreateActivity_RegisteredInstance_ReturnsSameObjectEachCall()
    {
        UpperActivity shared = new();
        WorkflowRegistry registry = new WorkflowRegistry().AddActivity(shared);

        registry.TryCreateActivity(nameof(UpperActivity), out IWorkflowActivity? first);
        registry.TryCreateActivity(nameof(UpperActivity), out IWorkflowActivity? second);

        Assert.Same(shared, first);
        Assert.Same(shared, second);
    }

    [Fact]
    public void TryCreateWorkflow_RegisteredClass_ReturnsNewObjectEachCall()
    {
        WorkflowRegistry registry = new WorkflowRegistry().AddWorkflow<EchoWorkflow>();

        registry.TryCreateWorkflow(nameof(EchoWorkflow), out IWorkflow? first);
        registry.TryCreateWorkflow(nameof(EchoWorkflow), out IWorkflow? second);

        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task TryCreateActivity_DelegateActivity_RunsTheDelegate()
    {
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddActivity<int, int>("Double", (_, input) => Task.FromResult(input * 2));
        registry.TryCreateActivity("Double", out IWorkflowActivity? activity);

        object? result = await activity!.RunAsync(new WorkflowActivityContext("Double", "run-1", CancellationToken.None), 21);

        Assert.Equal(42, result);
        Assert.Equal(typeof(int), activity.InputType);
    }

    public sealed class EchoWorkflow : Workflow<string, string>
    {
        public override Task<string> RunAsync(IWorkflowContext context, string input) => Task.FromResult(input);
    }

    public sealed class UpperActivity : WorkflowActivity<string, string>
    {
        public override Task<string> RunAsync(WorkflowActivityContext context, string input) =>
            Task.FromResult(input.ToUpperInvariant());
    }
}
