namespace Orchestration.Engine.Tests.Workflows;

/// <summary>A payment that may go out on a date.</summary>
public sealed record PaymentSchedule(string InvoiceNumber, DateTime PayOn);

/// <summary>Treasury's release of a scheduled payment, raised as an event.</summary>
public sealed record TreasuryRelease(string ReleasedBy);

/// <summary>The output of <see cref="ScheduledPaymentWorkflow"/>.</summary>
public sealed record PaymentRelease(string InvoiceNumber, string ReleasedBy, DateTime ReleasedAt);

/// <summary>One generation of <see cref="PaymentMonitorWorkflow"/>: which check this is.</summary>
public sealed record PaymentMonitorState(string InvoiceNumber, int Check);

/// <summary>What <see cref="CheckPaymentStatusActivity"/> is asked.</summary>
public sealed record PaymentCheck(string InvoiceNumber, int Check);

/// <summary>The output of <see cref="PaymentMonitorWorkflow"/>.</summary>
public sealed record PaymentMonitorResult(string InvoiceNumber, int PaidAtCheck, DateTime ConfirmedAt);

/// <summary>One generation of <see cref="SupplierDisputeWorkflow"/>.</summary>
public sealed record DisputeWatch(string Supplier, int Generation, bool PreserveEvents);

/// <summary>The output of <see cref="PaymentReferenceWorkflow"/>: references made before and after a replay.</summary>
public sealed record PaymentReferences(Guid Issued, Guid Registered, Guid Confirmation);

/// <summary>The output of <see cref="ApprovalReminderWorkflow"/>.</summary>
public sealed record ReminderOutcome(string InvoiceNumber, int RemindersSent, ApprovalDecision Decision);
