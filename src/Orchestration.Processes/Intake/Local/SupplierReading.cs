using System.Globalization;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake.Local;

/// <summary>Who the supplier is, as the document and the vendor master together say; null members were not found.</summary>
internal sealed record SupplierReading(string? Id, string? Name, SupplierRecord? Record, string? Problem)
{
    /// <summary>
    /// Reads the supplier: a printed id is checked against the vendor master and the printed name; without one, the
    /// printed name is resolved by retrieval. A printed id whose registered name is not the printed one keeps what is
    /// printed (the sanctions screen must see it) and costs most of the confidence.
    /// </summary>
    public static SupplierReading Read(PrintedLayout layout, SupplierDirectory directory, ExtractionConfidence confidence)
    {
        (string Value, bool Clean)? printedId = InvoiceReading.Identifier(layout, InvoiceField.SupplierId);
        string? printedName = InvoiceReading.Text(layout, InvoiceField.SupplierName)?.Value;
        if (printedName is null && Letterhead.SupplierName(layout) is { } letterhead)
        {
            printedName = letterhead;
            confidence.Lower(0.99m, "supplier name read from the letterhead");
        }

        if (printedId is { } id)
        {
            if (!id.Clean)
            {
                confidence.Lower(0.97m, "supplier id label read through OCR noise");
            }

            return directory.FindById(id.Value) is { } record ? Known(record, printedName, directory, confidence) : Unknown(id.Value, printedName, confidence);
        }

        return printedName is null ? new SupplierReading(null, null, null, "no supplier id or name is printed") : Retrieved(printedName, directory, confidence);
    }

    private static SupplierReading Known(SupplierRecord record, string? printedName, SupplierDirectory directory, ExtractionConfidence confidence)
    {
        if (printedName is null || directory.Resolve(printedName).Supplier?.Id == record.Id)
        {
            return new SupplierReading(record.Id, record.Name, record, null);
        }

        confidence.Lower(0.4m, $"the printed name '{printedName}' is not the vendor master's {record.Id} ({record.Name})");
        return new SupplierReading(record.Id, printedName, null, null);
    }

    private static SupplierReading Unknown(string id, string? printedName, ExtractionConfidence confidence)
    {
        confidence.Lower(0.7m, $"supplier id {id} is not in the vendor master");
        return new SupplierReading(id, printedName, null, null);
    }

    private static SupplierReading Retrieved(string printedName, SupplierDirectory directory, ExtractionConfidence confidence)
    {
        SupplierMatch match = directory.Resolve(printedName);
        string similarity = match.Similarity.ToString("0.00", CultureInfo.InvariantCulture);
        if (match.Supplier is not { } record)
        {
            return new SupplierReading(null, printedName, null,
                $"no supplier id is printed, and '{printedName}' matches no supplier of the vendor master (nearest '{match.Nearest}' at {similarity})");
        }

        // Retrieval at the floor is worth 0.9 of a printed id, an exact name 0.98.
        double scaled = Math.Clamp((match.Similarity - SupplierDirectory.SimilarityFloor) / (1 - SupplierDirectory.SimilarityFloor), 0, 1);
        confidence.Lower(0.9m + (0.08m * (decimal)scaled), $"supplier id {record.Id} retrieved from the vendor master by name (similarity {similarity})");
        return new SupplierReading(record.Id, record.Name, record, null);
    }
}
