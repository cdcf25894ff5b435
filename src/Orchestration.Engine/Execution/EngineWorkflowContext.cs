using System.Globalization;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

/// <summary>
/// The embedded engine's <see cref="IWorkflowContext"/>. Each durable call takes the next task id and becomes a
/// <see cref="PendingAction"/> with a completion source that history completes; nothing here touches a clock,
/// a thread or storage.
/// </summary>
internal sealed partial class EngineWorkflowContext : IWorkflowContext
{
    private const int MaxCustomStatusLength = 16 * 1024;

    private readonly ILoggerFactory loggerFactory;
    private readonly int workflowThreadId = Environment.CurrentManagedThreadId;
    private readonly string? serializedInput;
    private int nextTaskId;
    private int guidCounter;

    public EngineWorkflowContext(string name, string instanceId, string? serializedInput, ILoggerFactory loggerFactory)
    {
        Name = name;
        InstanceId = instanceId;
        this.serializedInput = serializedInput;
        this.loggerFactory = loggerFactory;
    }

    public string Name { get; }

    public string InstanceId { get; }

    public DateTime CurrentUtcDateTime { get; private set; }

    public bool IsReplaying { get; private set; }

    public T? GetInput<T>() => WorkflowJson.Deserialize<T>(serializedInput);

    public Task CallActivityAsync(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        CallActivityAsync<object?>(name, input, options);

    public Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null)
    {
        EnsureOnWorkflowThread();
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string? json = WorkflowJson.Serialize(input);
        Func<int, Task<TResult>> attempt = _ => Schedule<TResult>(new PendingAction(nextTaskId, ActionKind.Activity, name) { Input = json });
        return options?.Retry is { } policy ? WithRetries(attempt, policy) : attempt(1);
    }

    public Task CallSubWorkflowAsync(string name, object? input = null, WorkflowTaskOptions? options = null) =>
        CallSubWorkflowAsync<object?>(name, input, options);

    public Task<TResult> CallSubWorkflowAsync<TResult>(string name, object? input = null, WorkflowTaskOptions? options = null)
    {
        EnsureOnWorkflowThread();
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string? json = WorkflowJson.Serialize(input);
        string? chosenId = (options as SubWorkflowOptions)?.InstanceId;
        Func<int, Task<TResult>> attempt = number =>
        {
            // A first attempt's child id is Durable Task's (a deterministic GUID, unprefixed). Its retries keep that id;
            // here a retry takes a new one, because an id a failed child holds cannot start another run.
            string childId = chosenId is null
                ? NewGuid().ToString("N")
                : number == 1 ? chosenId : $"{chosenId}:{number.ToString(CultureInfo.InvariantCulture)}";
            return Schedule<TResult>(new PendingAction(nextTaskId, ActionKind.SubWorkflow, name) { Input = json, ChildInstanceId = childId });
        };
        return options?.Retry is { } policy ? WithRetries(attempt, policy) : attempt(1);
    }

    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        EnsureOnWorkflowThread();
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        PendingAction timer = new(nextTaskId, ActionKind.Timer, "timer") { FireAt = fireAt.ToUniversalTime() };
        Task<object?> fired = Schedule<object?>(timer);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() => CancelOpenTask(timer.TaskId));
        }

        return fired;
    }

    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        EnsureOnWorkflowThread();
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        return WaitForEvent<T>(eventName, cancellationToken);
    }

    public Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        EnsureOnWorkflowThread();
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return WaitForEvent<T>(eventName, cancellationToken);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        return WaitWithTimeout<T>(eventName, timeout, cancellationToken);
    }

    public void SetCustomStatus(object? customStatus)
    {
        EnsureOnWorkflowThread();
        string? json = WorkflowJson.Serialize(customStatus);
        if (json?.Length > MaxCustomStatusLength)
        {
            throw new ArgumentException($"Custom status is limited to {MaxCustomStatusLength} characters of JSON.", nameof(customStatus));
        }

        CustomStatus = json;
        CustomStatusChanged = true;
    }

    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
    {
        EnsureOnWorkflowThread();
        ContinuedAsNew = new ContinueAsNewRequest(WorkflowJson.Serialize(newInput), preserveUnprocessedEvents);
    }

    public Guid NewGuid()
    {
        EnsureOnWorkflowThread();
        string name = string.Create(CultureInfo.InvariantCulture, $"{InstanceId}_{CurrentUtcDateTime:o}_{guidCounter++}");
        return DeterministicGuid.Create(name);
    }

    public ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), () => IsReplaying);

    private async Task<TResult> WithRetries<TResult>(Func<int, Task<TResult>> attempt, WorkflowRetryPolicy policy)
    {
        DateTime firstAttemptAt = CurrentUtcDateTime;
        for (int number = 1; ; number++)
        {
            try
            {
                return await attempt(number);
            }
            catch (WorkflowTaskFailedException failure)
            {
                TimeSpan? delay = policy.NextDelay(number, failure.FailureDetails, CurrentUtcDateTime - firstAttemptAt);
                if (delay is null)
                {
                    throw;
                }

                // Retries wait on a durable timer, so a restart in between neither loses nor repeats the wait.
                await CreateTimer(CurrentUtcDateTime.Add(delay.Value), CancellationToken.None);
            }
        }
    }

    private async Task<T> WaitWithTimeout<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using CancellationTokenSource timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using CancellationTokenSource waitCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task timer = CreateTimer(CurrentUtcDateTime.Add(timeout), timerCancellation.Token);
        Task<T> received = WaitForEvent<T>(eventName, waitCancellation.Token);
        if (await Task.WhenAny(timer, received) == received)
        {
            CancelOnWorkflowThread(timerCancellation);
            return await received;
        }

        // The timed-out wait is withdrawn, so the next event of this name is kept for the next wait instead of being
        // handed to a wait nobody observes (as older Durable Task SDKs did: durabletask-dotnet #508).
        CancelOnWorkflowThread(waitCancellation);
        throw new TaskCanceledException($"No '{eventName}' event arrived within {timeout}.");
    }

    // WARNING: CancelAsync would run the callbacks on the thread pool, off the workflow thread; Cancel runs them here.
#pragma warning disable CA1849 // See above: the synchronous call is the deterministic one.
    private static void CancelOnWorkflowThread(CancellationTokenSource source) => source.Cancel();
#pragma warning restore CA1849

    private void EnsureOnWorkflowThread()
    {
        if (Environment.CurrentManagedThreadId != workflowThreadId)
        {
            throw new InvalidOperationException(
                "Workflow code left the workflow thread (ConfigureAwait(false), Task.Run or a non-durable await). "
                + "Await only IWorkflowContext operations, without ConfigureAwait.");
        }
    }
}
