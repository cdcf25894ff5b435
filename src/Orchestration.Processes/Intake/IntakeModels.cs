using System.Text.Json.Serialization;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake;

/// <summary>A supplier document to take in, and who asks for it to be processed: the intake workflow's input.</summary>
/// <param name="DocumentId">The mailroom's id for the document.</param>
/// <param name="DocumentText">The document's text; untrusted.</param>
/// <param name="ReceivedFrom">Where it came from (the sender's address or the upload channel).</param>
/// <param name="RequestedBy">The accounts-payable clerk the document is processed for; may not review it.</param>
public sealed record DocumentIntakeRequest(string DocumentId, string DocumentText, string ReceivedFrom, string RequestedBy);

/// <summary>What a reviewer is asked when the intake policy wants a person: the agents' proposal, marked as such.</summary>
/// <param name="InstanceId">The run waiting for the answer.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Reasons">Why a person must look: the policy's reasons.</param>
/// <param name="Role">The role the reviewer must hold.</param>
/// <param name="ProposedKind">The kind the classifier proposed, if it answered.</param>
/// <param name="ProposedInvoice">The fields the extractor proposed (AI-generated), if it answered.</param>
/// <param name="RequestedBy">Who the document is processed for, and so may not review it.</param>
// The proposals are written even when null: activity inputs omit nulls and require every parameter without a default.
public sealed record IntakeReviewRequest(
    string InstanceId,
    string DocumentId,
    IReadOnlyList<string> Reasons,
    string Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DocumentKind? ProposedKind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ExtractedInvoice? ProposedInvoice,
    string RequestedBy);

/// <summary>A reviewer's answer, raised into the run as an external event.</summary>
/// <param name="Reviewer">Who answered.</param>
/// <param name="Submit">True to submit <paramref name="Invoice"/> for payment; false to take the document out of the payment process.</param>
/// <param name="Invoice">The invoice fields as the reviewer confirmed or corrected them; required to submit.</param>
/// <param name="Comment">Why, in the reviewer's words.</param>
public sealed record IntakeReview(string Reviewer, bool Submit, ExtractedInvoice? Invoice = null, string? Comment = null);

/// <summary>How a document's intake ended.</summary>
public enum IntakeStatus
{
    /// <summary>Submitted to invoice-to-payment; <see cref="IntakeOutcome.Invoice"/> says how that ended.</summary>
    Submitted,

    /// <summary>Not an invoice: handed to the team the policy names.</summary>
    Routed,

    /// <summary>A reviewer took it out of the payment process.</summary>
    Withdrawn,

    /// <summary>No review came in time: nothing was submitted (never by default).</summary>
    Unreviewed,

    /// <summary>The intake policy denied it, or governance refused a step.</summary>
    Refused,
}

/// <summary>The intake workflow's output.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Reasons">Why.</param>
/// <param name="RoutedTo">The team a document that is not an invoice went to.</param>
/// <param name="ReviewedBy">The reviewer, when a person decided.</param>
/// <param name="Invoice">How invoice-to-payment ended, when the document was submitted.</param>
public sealed record IntakeOutcome(
    string DocumentId,
    IntakeStatus Status,
    IReadOnlyList<string> Reasons,
    string? RoutedTo = null,
    string? ReviewedBy = null,
    InvoiceOutcome? Invoice = null);

/// <summary>The stage an intake run is in, published as its custom status.</summary>
public sealed record IntakeStage(string Stage);
