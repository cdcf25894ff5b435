using Orchestration.Governance.DataQuality;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.ReferenceData;

/// <summary>
/// The reference data feeds the simulated systems stand for, as the data-quality gates see them: a sanctions list
/// refreshed at the top of every hour, an ERP price list refreshed daily at 02:00 UTC, and the ERP's history of each
/// supplier's invoice amounts. A real deployment replaces this with its connectors' refresh times.
/// </summary>
public sealed class SimulatedReferenceFeeds(SimulatedErp erp, TimeProvider time) : IReferenceDataCatalog, IValueHistory
{
    /// <summary>The data set name of the sanctions list.</summary>
    public const string SanctionsList = "sanctions-list";

    /// <summary>The data set name of the ERP price list.</summary>
    public const string PriceList = "price-list";

    /// <summary>The history of supplier invoice amounts, keyed by supplier id.</summary>
    public const string SupplierInvoiceAmounts = "supplier-invoice-amounts";

    private static readonly TimeSpan PriceListRefresh = TimeSpan.FromHours(2);

    /// <inheritdoc/>
    public ValueTask<DateTimeOffset?> GetAsOfAsync(string dataSet, CancellationToken cancellation)
    {
        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset? asOf = dataSet switch
        {
            SanctionsList => new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero),
            PriceList => now.TimeOfDay >= PriceListRefresh ? now.Date + PriceListRefresh : now.Date.AddDays(-1) + PriceListRefresh,
            _ => null,
        };
        return ValueTask.FromResult(asOf);
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<decimal>> GetAsync(string history, string key, CancellationToken cancellation) =>
        ValueTask.FromResult(history == SupplierInvoiceAmounts ? erp.FindInvoiceHistory(key) : []);
}
