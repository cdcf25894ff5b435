namespace Orchestration.Processes.Intake.Local;

/// <summary>The labelled things a printed invoice says, as the local reader tells them apart.</summary>
internal enum InvoiceField
{
    InvoiceNumber,
    SupplierId,
    SupplierName,
    SupplierCountry,
    PurchaseOrderNumber,
    Currency,
    Total,
    NetTotal,
    Ignored,
}
