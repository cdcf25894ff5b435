namespace Orchestration.Abstractions;

/// <summary>
/// The workflows and activities a host can run, by name (case-insensitive, as Durable Task's <c>TaskName</c>).
/// Both runtimes read it: the embedded engine dispatches through it and the Functions app forwards to it.
/// </summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, Func<IWorkflow>> workflows = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IWorkflowActivity>> activities = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IWorkflowActivityFilter> activityFilters = [];

    /// <summary>Gets the registered workflow names.</summary>
    public IReadOnlyCollection<string> WorkflowNames => workflows.Keys;

    /// <summary>Gets the registered activity names.</summary>
    public IReadOnlyCollection<string> ActivityNames => activities.Keys;

    /// <summary>Registers a workflow class under its class name.</summary>
    /// <typeparam name="TWorkflow">The workflow class.</typeparam>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddWorkflow<TWorkflow>()
        where TWorkflow : IWorkflow, new() => AddWorkflow(typeof(TWorkflow).Name, static () => new TWorkflow());

    /// <summary>Registers a workflow under a name, built by <paramref name="factory"/> for each episode.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates the workflow object; called once per episode, so keep it cheap.</param>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddWorkflow(string name, Func<IWorkflow> factory)
    {
        Add(workflows, name, factory, "workflow");
        return this;
    }

    /// <summary>Registers workflow code given as a function.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TOutput">The output type.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="run">The workflow code.</param>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddWorkflow<TInput, TOutput>(string name, Func<IWorkflowContext, TInput, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        DelegateWorkflow<TInput, TOutput> workflow = new(run);
        return AddWorkflow(name, () => workflow);
    }

    /// <summary>Registers an activity class under its class name.</summary>
    /// <typeparam name="TActivity">The activity class.</typeparam>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddActivity<TActivity>()
        where TActivity : IWorkflowActivity, new() => AddActivity(typeof(TActivity).Name, static () => new TActivity());

    /// <summary>Registers an activity object under its class name; the object is shared by every call.</summary>
    /// <typeparam name="TActivity">The activity class.</typeparam>
    /// <param name="activity">The activity, with its dependencies.</param>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddActivity<TActivity>(TActivity activity)
        where TActivity : IWorkflowActivity
    {
        ArgumentNullException.ThrowIfNull(activity);
        return AddActivity(typeof(TActivity).Name, () => activity);
    }

    /// <summary>Registers an activity under a name, built by <paramref name="factory"/> for each call.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates the activity object.</param>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddActivity(string name, Func<IWorkflowActivity> factory)
    {
        Add(activities, name, factory, "activity");
        return this;
    }

    /// <summary>Registers activity code given as a function.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TOutput">The result type.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="run">The activity code.</param>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddActivity<TInput, TOutput>(string name, Func<WorkflowActivityContext, TInput, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        DelegateActivity<TInput, TOutput> activity = new(run);
        return AddActivity(name, () => activity);
    }

    /// <summary>Adds a filter that every activity call passes before it runs, after the filters added before it.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This registry.</returns>
    public WorkflowRegistry AddActivityFilter(IWorkflowActivityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        activityFilters.Add(filter);
        return this;
    }

    /// <summary>
    /// Runs an activity call as every runtime must: through the filters, then the activity. The embedded engine's
    /// workers and the Functions app's activity functions both call this, so governance applies the same way.
    /// </summary>
    /// <param name="activity">The activity, from <see cref="TryCreateActivity"/>.</param>
    /// <param name="context">Which run and step this is.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>The activity's result.</returns>
    public async Task<object?> DispatchActivityAsync(IWorkflowActivity activity, WorkflowActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(context);
        foreach (IWorkflowActivityFilter filter in activityFilters)
        {
            await filter.OnActivityDispatchingAsync(context, input);
        }

        return await activity.RunAsync(context, input);
    }

    /// <summary>Creates the workflow registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="workflow">The workflow, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryCreateWorkflow(string name, out IWorkflow? workflow)
    {
        workflow = workflows.TryGetValue(name, out Func<IWorkflow>? factory) ? factory() : null;
        return workflow is not null;
    }

    /// <summary>Creates the activity registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="activity">The activity, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryCreateActivity(string name, out IWorkflowActivity? activity)
    {
        activity = activities.TryGetValue(name, out Func<IWorkflowActivity>? factory) ? factory() : null;
        return activity is not null;
    }

    private static void Add<T>(Dictionary<string, Func<T>> map, string name, Func<T> factory, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!map.TryAdd(name, factory))
        {
            throw new ArgumentException($"A {kind} named '{name}' is already registered.", nameof(name));
        }
    }

    private sealed class DelegateWorkflow<TInput, TOutput>(Func<IWorkflowContext, TInput, Task<TOutput>> run)
        : Workflow<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(IWorkflowContext context, TInput input) => run(context, input);
    }

    private sealed class DelegateActivity<TInput, TOutput>(Func<WorkflowActivityContext, TInput, Task<TOutput>> run)
        : WorkflowActivity<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(WorkflowActivityContext context, TInput input) => run(context, input);
    }
}
