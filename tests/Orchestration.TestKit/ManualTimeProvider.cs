namespace Orchestration.TestKit;

/// <summary>
/// A clock that moves only when a test moves it. Timers created through it (and so <c>Task.Delay</c>,
/// <c>CancellationTokenSource</c> timeouts and the engine's durable-timer wake-ups) fire when <see cref="Advance"/>
/// or <see cref="SetUtcNow"/> crosses their due time, in due-time order, each with the clock set to its due time.
/// </summary>
/// <remarks>
/// The engine's test host needs this rather than <c>FakeTimeProvider</c>, which the tests use where a clock only stamps
/// times (<see cref="FakeClocks"/>): the engine's threads read the clock and arm timers while a test moves it, and
/// <c>FakeTimeProvider</c> keeps its time unsynchronised; it runs a zero-due timer's callback inside <c>CreateTimer</c> or
/// <c>Change</c>, on the caller's thread and under the caller's locks, where a system timer (and this clock) fires it on
/// the thread pool; and it rounds due times down to whole milliseconds.
/// </remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> armed = [];
    private DateTimeOffset now;
    private long sequence;

    /// <summary>Initializes a new instance of the <see cref="ManualTimeProvider"/> class at <see cref="DefaultStart"/>.</summary>
    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ManualTimeProvider"/> class.</summary>
    /// <param name="start">The initial time.</param>
    public ManualTimeProvider(DateTimeOffset start) => now = start.ToUniversalTime();

    /// <summary>Gets the start time tests use unless they choose one: a Monday morning, 2026-01-05 09:00 UTC.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Gets the number of timers that are armed (not yet fired, or periodic).</summary>
    public int ArmedTimerCount
    {
        get
        {
            lock (gate)
            {
                return armed.Count;
            }
        }
    }

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <inheritdoc/>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward, firing every timer whose due time it crosses.</summary>
    /// <param name="delta">How far; zero fires the timers already due.</param>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (gate)
        {
            target = now + delta;
        }

        MoveTo(target);
    }

    /// <summary>Sets the clock, firing every timer whose due time it crosses. Time never goes back.</summary>
    /// <param name="value">The new time; not earlier than the current one.</param>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (gate)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, now);
        }

        MoveTo(value.ToUniversalTime());
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ManualTimer timer = new(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void MoveTo(DateTimeOffset target)
    {
        while (true)
        {
            ManualTimer? due;
            lock (gate)
            {
                due = ClaimNextDue(target);
                if (due is null)
                {
                    now = now > target ? now : target;
                    return;
                }
            }

            // Callbacks run outside the lock: they may read the clock, create timers or advance it.
            due.Fire();
        }
    }

    private ManualTimer? ClaimNextDue(DateTimeOffset target)
    {
        ManualTimer? next = null;
        foreach (ManualTimer timer in armed)
        {
            if (timer.DueAt <= target && (next is null || timer.DueAt < next.DueAt
                || (timer.DueAt == next.DueAt && timer.Sequence < next.Sequence)))
            {
                next = timer;
            }
        }

        if (next is null)
        {
            return null;
        }

        now = next.DueAt > now ? next.DueAt : now;
        if (next.Period == Timeout.InfiniteTimeSpan)
        {
            armed.Remove(next);
        }
        else
        {
            next.Arm(next.DueAt + next.Period, ++sequence);
        }

        return next;
    }

    private bool Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        bool dueNow;
        lock (gate)
        {
            if (timer.IsDisposed)
            {
                return false;
            }

            armed.Remove(timer);
            timer.Period = period == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            timer.Arm(now + dueTime, ++sequence);
            armed.Add(timer);
            dueNow = dueTime == TimeSpan.Zero;
        }

        if (dueNow)
        {
            // As a system timer with a zero due time, fire soon on the thread pool, never inside Change.
            ThreadPool.UnsafeQueueUserWorkItem(static provider => provider.Advance(TimeSpan.Zero), this, preferLocal: false);
        }

        return true;
    }

    private void Unschedule(ManualTimer timer)
    {
        lock (gate)
        {
            timer.IsDisposed = true;
            armed.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; private set; }

        public long Sequence { get; private set; }

        public TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

        public bool IsDisposed { get; set; }

        public void Arm(DateTimeOffset dueAt, long sequence)
        {
            DueAt = dueAt;
            Sequence = sequence;
        }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            ThrowIfInvalid(dueTime, nameof(dueTime));
            ThrowIfInvalid(period, nameof(period));
            return owner.Schedule(this, dueTime, period);
        }

        public void Dispose() => owner.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private static void ThrowIfInvalid(TimeSpan value, string name)
        {
            if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(name, value, "A timer interval is zero, positive or infinite.");
            }
        }
    }
}
