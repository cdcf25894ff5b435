using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.TestKit;

public sealed class ManualTimeProviderTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void GetUtcNow_NewProvider_ReturnsDefaultStart()
    {
        ManualTimeProvider time = new();

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), time.GetUtcNow());
    }

    [Fact]
    public async Task Advance_PastTaskDelay_CompletesTheDelay()
    {
        ManualTimeProvider time = new();
        Task delay = Task.Delay(TimeSpan.FromDays(3), time);

        time.Advance(TimeSpan.FromDays(3));

        await delay.WaitAsync(HangGuard);
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void Advance_ShortOfDueTime_DoesNotFire()
    {
        ManualTimeProvider time = new();
        int fired = 0;
        using ITimer timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void Advance_ThreeAndAHalfPeriods_FiresPeriodicTimerThreeTimes()
    {
        ManualTimeProvider time = new();
        int fired = 0;
        using ITimer timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        time.Advance(TimeSpan.FromHours(3.5));

        Assert.Equal(3, fired);
    }

    [Fact]
    public void Advance_CallbackReadsTheClock_SeesItsOwnDueTime()
    {
        ManualTimeProvider time = new();
        List<DateTimeOffset> seen = [];
        using ITimer first = time.CreateTimer(_ => seen.Add(time.GetUtcNow()), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);
        using ITimer second = time.CreateTimer(_ => seen.Add(time.GetUtcNow()), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal([ManualTimeProvider.DefaultStart.AddMinutes(1), ManualTimeProvider.DefaultStart.AddMinutes(10)], seen);
        Assert.Equal(ManualTimeProvider.DefaultStart.AddHours(1), time.GetUtcNow());
    }

    [Fact]
    public void Advance_CallbackCreatesTimerInsideTheWindow_NewTimerFiresInSameAdvance()
    {
        ManualTimeProvider time = new();
        bool chainedFired = false;
        ITimer? chained = null;
        using ITimer first = time.CreateTimer(
            _ => chained = time.CreateTimer(_ => chainedFired = true, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan),
            null,
            TimeSpan.FromMinutes(1),
            Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(chainedFired);
        chained?.Dispose();
    }

    [Fact]
    public void Change_ToInfiniteDueTime_StopsTheTimer()
    {
        ManualTimeProvider time = new();
        int fired = 0;
        using ITimer timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        Assert.True(timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, fired);
        Assert.Equal(0, time.ArmedTimerCount);
    }

    [Fact]
    public void Change_ToLaterDueTime_FiresAtTheNewTime()
    {
        ManualTimeProvider time = new();
        int fired = 0;
        using ITimer timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromMinutes(9));
        int beforeNewDueTime = fired;
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal((0, 1), (beforeNewDueTime, fired));
    }

    [Fact]
    public void Dispose_ArmedTimer_NeverFiresAndChangeReturnsFalse()
    {
        ManualTimeProvider time = new();
        int fired = 0;
        ITimer timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, fired);
        Assert.False(timer.Change(TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public async Task CreateTimer_ZeroDueTime_FiresWithoutAdvancing()
    {
        ManualTimeProvider time = new();
        TaskCompletionSource fired = new(TaskCreationOptions.RunContinuationsAsynchronously);

        using ITimer timer = time.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        await fired.Task.WaitAsync(HangGuard);
        Assert.Equal(ManualTimeProvider.DefaultStart, time.GetUtcNow());
    }

    [Fact]
    public void CancellationTokenSource_WithManualClock_CancelsWhenAdvancedPastDelay()
    {
        ManualTimeProvider time = new();
        using CancellationTokenSource source = new(TimeSpan.FromSeconds(30), time);

        time.Advance(TimeSpan.FromSeconds(30));

        Assert.True(source.IsCancellationRequested);
    }

    [Fact]
    public void SetUtcNow_EarlierThanNow_Throws()
    {
        ManualTimeProvider time = new();

        Assert.Throws<ArgumentOutOfRangeException>(() => time.SetUtcNow(ManualTimeProvider.DefaultStart.AddSeconds(-1)));
    }

    [Fact]
    public void SetUtcNow_PastDueTime_FiresTimer()
    {
        ManualTimeProvider time = new();
        int fired = 0;
        using ITimer timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromDays(1), Timeout.InfiniteTimeSpan);

        time.SetUtcNow(ManualTimeProvider.DefaultStart.AddDays(2));

        Assert.Equal(1, fired);
    }

    [Fact]
    public void GetElapsedTime_AfterAdvance_MeasuresManualTime()
    {
        ManualTimeProvider time = new();
        long start = time.GetTimestamp();

        time.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(TimeSpan.FromMinutes(90), time.GetElapsedTime(start));
    }
}
