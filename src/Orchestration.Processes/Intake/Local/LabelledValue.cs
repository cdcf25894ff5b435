namespace Orchestration.Processes.Intake.Local;

/// <summary>What follows a printed label, up to the next label on the line.</summary>
/// <param name="Field">The field the label names.</param>
/// <param name="Label">The label as printed.</param>
/// <param name="Value">The text after it, trimmed.</param>
/// <param name="Clean">False when the label was only recognised through OCR look-alikes (0 for o, 1 for l).</param>
/// <param name="Line">The line's index.</param>
internal sealed record LabelledValue(InvoiceField Field, string Label, string Value, bool Clean, int Line);
