using Orchestration.Abstractions;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Processes.ReferenceData;

/// <summary>
/// Refreshes the reference data the data-quality gates check for freshness, once per scheduled occurrence: the
/// sanctions list and the ERP price list, each loaded and its refresh recorded by an activity. Deterministic: the
/// work goes through the context only.
/// </summary>
public sealed class ReferenceDataRefreshWorkflow : Workflow<ScheduledOccurrence, ReferenceDataRefreshOutcome>
{
    // A source that cannot be read now may be readable in a minute; a governance refusal would only repeat.
    private static readonly WorkflowTaskOptions SourceRetry = WorkflowTaskOptions.FromRetryPolicy(
        new WorkflowRetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(30), backoffCoefficient: 2.0)
        {
            HandleFailure = failure => failure.IsCausedBy<IOException>(),
        });

    /// <inheritdoc/>
    public override async Task<ReferenceDataRefreshOutcome> RunAsync(IWorkflowContext context, ScheduledOccurrence input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        // The sources are independent: both load at once, and one that fails leaves the other's refresh recorded.
        Task<ReferenceDataRefresh> sanctions = context.CallActivityAsync<ReferenceDataRefresh>(nameof(RefreshSanctionsListActivity), input, SourceRetry);
        Task<ReferenceDataRefresh> prices = context.CallActivityAsync<ReferenceDataRefresh>(nameof(RefreshPriceListActivity), input, SourceRetry);
        return new ReferenceDataRefreshOutcome(input.Occurrence, await Task.WhenAll(sanctions, prices));
    }
}
