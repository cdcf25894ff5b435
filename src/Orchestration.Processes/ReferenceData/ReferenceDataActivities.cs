using System.Globalization;
using System.Text;
using Orchestration.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Processes.ReferenceData;

/// <summary>
/// Loads the consolidated sanctions list from the sanctions feed, which the invoice-payments bundle's shipped data
/// file stands for, and records the refresh. Idempotent enough to run twice: a second load records a later refresh.
/// </summary>
/// <param name="file">The sanctions list file.</param>
/// <param name="refreshes">Where the refresh is recorded.</param>
/// <param name="time">The clock of the refresh time.</param>
public sealed class RefreshSanctionsListActivity(string file, ReferenceDataRefreshLog refreshes, TimeProvider time)
    : WorkflowActivity<ScheduledOccurrence, ReferenceDataRefresh>
{
    /// <summary>The connector the sanctions list comes through.</summary>
    public const string Connector = "sanctions-feed";

    /// <summary>The shipped file, relative to the policies directory.</summary>
    public const string ShippedFile = "invoice-payments/data/sanctions.csv";

    public override async Task<ReferenceDataRefresh> RunAsync(WorkflowActivityContext context, ScheduledOccurrence input)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = time.GetTimestamp();
        byte[] content = await File.ReadAllBytesAsync(file, context.CancellationToken);

        // Comment lines and the header row are not entries.
        int entries = Encoding.UTF8.GetString(content).Split('\n').Count(line => line.Trim() is { Length: > 0 } text && !text.StartsWith('#')) - 1;
        ReferenceDataRefresh refresh = new(SimulatedReferenceFeeds.SanctionsList, Connector, Math.Max(entries, 0), EvidenceHasher.Digest(content), time.GetUtcNow());
        await refreshes.RecordAsync(refresh, time.GetElapsedTime(started), context.CancellationToken);
        return refresh;
    }
}

/// <summary>Loads the price list from the ERP and records the refresh.</summary>
/// <param name="erp">The ERP.</param>
/// <param name="refreshes">Where the refresh is recorded.</param>
/// <param name="time">The clock of the refresh time.</param>
public sealed class RefreshPriceListActivity(SimulatedErp erp, ReferenceDataRefreshLog refreshes, TimeProvider time)
    : WorkflowActivity<ScheduledOccurrence, ReferenceDataRefresh>
{
    /// <summary>The connector the price list comes through.</summary>
    public const string Connector = "erp";

    public override async Task<ReferenceDataRefresh> RunAsync(WorkflowActivityContext context, ScheduledOccurrence input)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = time.GetTimestamp();
        IReadOnlyDictionary<string, decimal> prices = erp.ReadPriceList();

        // One "sku,price" line a SKU in ordinal order, so the same prices give the same digest wherever they load.
        string content = string.Join('\n', prices.OrderBy(price => price.Key, StringComparer.Ordinal)
            .Select(price => string.Create(CultureInfo.InvariantCulture, $"{price.Key},{price.Value}")));
        ReferenceDataRefresh refresh = new(SimulatedReferenceFeeds.PriceList, Connector, prices.Count, EvidenceHasher.Digest(Encoding.UTF8.GetBytes(content)), time.GetUtcNow());
        await refreshes.RecordAsync(refresh, time.GetElapsedTime(started), context.CancellationToken);
        return refresh;
    }
}
