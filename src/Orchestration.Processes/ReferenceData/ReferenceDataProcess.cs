using Orchestration.Abstractions;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Processes.ReferenceData;

/// <summary>Reference data refresh: the scheduled workflow, its activities bound to the sources they load, and its schedule.</summary>
public static class ReferenceDataProcess
{
    /// <summary>
    /// Gets the refresh's schedule: hourly, on the hour, which keeps the sanctions list well inside its 24 h gate and
    /// the price list inside its 7 d one (<c>policies/data-quality.yaml</c>).
    /// </summary>
    public static WorkflowSchedule Schedule { get; } = new(nameof(ReferenceDataRefreshWorkflow), "0 0 * * * *", ScheduleSettingNames.ReferenceDataRefresh);

    /// <summary>Registers the workflow and its activities.</summary>
    /// <param name="registry">The registry to add to.</param>
    /// <param name="sanctionsFile">The file the sanctions feed serves.</param>
    /// <param name="erp">The ERP that serves the price list.</param>
    /// <param name="refreshes">Where the activities record each refresh.</param>
    /// <param name="time">The clock of the refresh times.</param>
    /// <returns>The registry.</returns>
    public static WorkflowRegistry Register(
        WorkflowRegistry registry, string sanctionsFile, SimulatedErp erp, ReferenceDataRefreshLog refreshes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddWorkflow<ReferenceDataRefreshWorkflow>()
            .AddActivity(new RefreshSanctionsListActivity(sanctionsFile, refreshes, time))
            .AddActivity(new RefreshPriceListActivity(erp, refreshes, time));
    }
}
