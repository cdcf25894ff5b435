namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// A behaviour in which the runtimes really differ, as a conformance test shows it. The README's list of differences
/// is rendered from <see cref="RuntimeDifferences.All"/> and checked against it.
/// </summary>
/// <param name="Id">A short stable name.</param>
/// <param name="OnDurableFunctions">What Durable Functions (the Durable Task SDK) does.</param>
/// <param name="OnTheEngine">What the embedded engine does.</param>
public sealed record RuntimeDifference(string Id, string OnDurableFunctions, string OnTheEngine);
