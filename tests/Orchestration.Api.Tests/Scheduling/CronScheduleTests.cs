using Orchestration.Api.Scheduling;

namespace Orchestration.Api.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static readonly DateTime NineThirty = new(2026, 1, 5, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void LatestAtOrBefore_Hourly_IsTheLastFullHour()
    {
        Assert.Equal(NineThirty.AddMinutes(-30), CronSchedule.Parse("0 0 * * * *").LatestAtOrBefore(NineThirty));
    }

    [Fact]
    public void LatestAtOrBefore_ExactlyOnAnOccurrence_IsThatOccurrence()
    {
        Assert.Equal(NineThirty, CronSchedule.Parse("0 30 9 * * *").LatestAtOrBefore(NineThirty));
    }

    [Fact]
    public void LatestAtOrBefore_YearlySchedule_LooksBackAcrossTheYear()
    {
        Assert.Equal(new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc), CronSchedule.Parse("0 0 0 1 2 *").LatestAtOrBefore(NineThirty));
    }

    [Fact]
    public void NextAfter_ExactlyOnAnOccurrence_IsTheFollowingOne()
    {
        Assert.Equal(NineThirty.AddDays(1), CronSchedule.Parse("0 30 9 * * *").NextAfter(NineThirty));
    }

    [Theory]
    [InlineData("0 * * * *")]
    [InlineData("every hour")]
    [InlineData("")]
    public void TryParse_NotSixFields_IsFalse(string expression)
    {
        Assert.False(CronSchedule.TryParse(expression, out _));
    }
}
