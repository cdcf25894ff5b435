namespace Orchestration.Runtimes.Benchmarks;

/// <summary>A runtime the chain runs on, as the driver sees it: start a run, learn when it has finished and with what.</summary>
internal interface IChainRuntime : IAsyncDisposable
{
    /// <summary>Gets the name the figures are printed under.</summary>
    string Name { get; }

    /// <summary>Gets how many chain steps (activity executions) have run so far.</summary>
    long Steps { get; }

    /// <summary>Starts a chain of <paramref name="length"/> steps under <paramref name="instanceId"/>.</summary>
    Task StartAsync(string instanceId, int length);

    /// <summary>Waits until the run has finished: the moment its latency is measured to.</summary>
    Task WaitForFinishAsync(string instanceId);

    /// <summary>Reads a finished run's output (the number of steps it took), refusing a run that did not complete.</summary>
    Task<int> ReadOutputAsync(string instanceId);
}
