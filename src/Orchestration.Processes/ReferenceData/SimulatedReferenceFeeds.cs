using Orchestration.Governance.DataQuality;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.ReferenceData;

/// <summary>
/// The reference data feeds the simulated systems stand for, as the data-quality gates see them: the sanctions list
/// and the ERP price list as of their last refresh recorded by <see cref="ReferenceDataRefreshWorkflow"/> (never
/// refreshed: unknown, which fails the freshness gates), and the ERP's history of each supplier's invoice amounts.
/// </summary>
/// <param name="erp">The ERP, for the invoice histories.</param>
/// <param name="refreshes">The recorded refreshes.</param>
public sealed class SimulatedReferenceFeeds(SimulatedErp erp, ReferenceDataRefreshLog refreshes) : IReferenceDataCatalog, IValueHistory
{
    /// <summary>The data set name of the sanctions list.</summary>
    public const string SanctionsList = "sanctions-list";

    /// <summary>The data set name of the ERP price list.</summary>
    public const string PriceList = "price-list";

    /// <summary>The history of supplier invoice amounts, keyed by supplier id.</summary>
    public const string SupplierInvoiceAmounts = "supplier-invoice-amounts";

    /// <inheritdoc/>
    public async ValueTask<DateTimeOffset?> GetAsOfAsync(string dataSet, CancellationToken cancellation) =>
        dataSet is SanctionsList or PriceList ? await refreshes.GetLastRefreshAsync(dataSet, cancellation) : null;

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<decimal>> GetAsync(string history, string key, CancellationToken cancellation) =>
        ValueTask.FromResult(history == SupplierInvoiceAmounts ? erp.FindInvoiceHistory(key) : []);
}
