using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// What a runtime under test logs, collected: everything from the workflows' loggers, and the runtime's own lines at
/// warning and above (the Durable Task SDK logs every gRPC call at information).
/// </summary>
internal sealed class RuntimeLogs : IDisposable
{
    public RuntimeLogs() =>
        Factory = LoggerFactory.Create(logging => logging
            .AddProvider(new FakeLoggerProvider(Collector))
            .AddFilter((category, level) => level >= LogLevel.Warning || !category!.StartsWith("Microsoft.", StringComparison.Ordinal)));

    public FakeLogCollector Collector { get; } = new();

    public ILoggerFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
