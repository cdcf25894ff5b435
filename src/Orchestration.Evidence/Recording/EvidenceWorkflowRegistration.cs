using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Recording;

/// <summary>Adds the ledger's activities (<see cref="RecordEvidenceActivity"/>, <see cref="SealRunActivity"/>) to a host's registry.</summary>
/// <param name="store">The ledger the activities write to.</param>
/// <param name="loggerFactory">The logger factory; null for none.</param>
public sealed class EvidenceWorkflowRegistration(IEvidenceStore store, ILoggerFactory? loggerFactory = null) : IWorkflowRegistration
{
    /// <inheritdoc/>
    public void AddTo(WorkflowRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ILoggerFactory logging = loggerFactory ?? NullLoggerFactory.Instance;
        registry
            .AddActivity(new RecordEvidenceActivity(store, logging.CreateLogger<RecordEvidenceActivity>()))
            .AddActivity(new SealRunActivity(store, logging.CreateLogger<SealRunActivity>()));
    }
}
