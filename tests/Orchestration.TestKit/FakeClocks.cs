using Microsoft.Extensions.Time.Testing;

namespace Orchestration.TestKit;

/// <summary>FakeTimeProvider, for clocks that only stamp times; the engine's host runs on <see cref="ManualTimeProvider"/>.</summary>
public static class FakeClocks
{
    /// <summary>Creates a fake clock at <see cref="ManualTimeProvider.DefaultStart"/>, the tests' Monday morning.</summary>
    /// <returns>The clock.</returns>
    public static FakeTimeProvider AtDefaultStart()
    {
        FakeTimeProvider clock = new();
        clock.SetUtcNow(ManualTimeProvider.DefaultStart);
        return clock;
    }
}
