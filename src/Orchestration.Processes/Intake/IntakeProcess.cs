using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Agents.Composition;
using Orchestration.Agents.Local;
using Orchestration.Agents.Port;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Intake.Local;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake;

/// <summary>The intake process's agents, built once by the host with the implementation its settings choose.</summary>
/// <param name="Classifier">The <c>document-classifier</c> agent, guardrails included.</param>
/// <param name="Extractor">The <c>invoice-extractor</c> agent, guardrails included.</param>
public sealed record IntakeAgentSet(
    IAgent<SupplierDocument, DocumentClassification> Classifier,
    IAgent<SupplierDocument, ExtractedInvoice> Extractor)
{
    /// <summary>
    /// Builds both agents through the factory, as the registry and settings choose: the local implementations (nearest
    /// labelled examples for the classifier, the layout reader over the vendor master for the extractor) or the model's,
    /// with the same typed results and the same guardrails. The local ones are built, and their examples embedded, only
    /// when they are chosen.
    /// </summary>
    /// <param name="agents">The agent factory over the registry and the prompts.</param>
    /// <param name="embeddings">The embedding model the local agents use (<see cref="LocalEmbeddingModel.Shared"/> in hosts).</param>
    /// <param name="agentsDirectory">The agents' files (<c>agents/{agent-id}/examples.jsonl</c>).</param>
    /// <param name="implementation">Overrides the registry's choice for both agents; null follows it.</param>
    /// <returns>The agents, guardrails included.</returns>
    public static IntakeAgentSet Create(AgentFactory agents, ITextEmbedder embeddings, string agentsDirectory, AgentImplementation? implementation = null)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentException.ThrowIfNullOrEmpty(agentsDirectory);
        string examples = Path.Combine(agentsDirectory, IntakeAgents.DocumentClassifier, DocumentExamples.FileName);
        string titles = Path.Combine(agentsDirectory, IntakeAgents.DocumentClassifier, DocumentExamples.TitlesFileName);
        return new IntakeAgentSet(
            agents.Create<SupplierDocument, DocumentClassification>(
                nameof(ClassifyDocumentActivity), identity => new LocalDocumentClassifier(
                    identity, embeddings, DocumentExamples.Load(examples), titles: DocumentExamples.Load(titles)), implementation),
            agents.Create<SupplierDocument, ExtractedInvoice>(
                nameof(ExtractInvoiceFieldsActivity), identity => new LocalInvoiceExtractor(identity, embeddings, SampleSuppliers.All), implementation));
    }
}

/// <summary>Supplier document intake: the workflow, its agent activities and its review step, and its description.</summary>
public static class IntakeProcess
{
    /// <summary>Gets what the console and API show of the intake workflow.</summary>
    public static WorkflowDescriptor Descriptor { get; } = new(
        nameof(SupplierDocumentIntakeWorkflow),
        "Supplier document intake: the document-classifier and invoice-extractor agents read the document, the "
        + "document-intake policy routes on their confidence (straight to invoice-to-payment, to a clerk, or to "
        + "correspondence); every model call in the run's sealed ledger.",
        SampleDocuments.LaptopInvoice,
        [
            new WorkflowEventDescriptor(
                SupplierDocumentIntakeWorkflow.ReviewEvent,
                "A clerk's review (never the requester's): submit the confirmed or corrected fields, or withdraw the document; the run waits up to 2 days.",
                new IntakeReview(Reviewer: "li.wei@contoso.example", Submit: true, Comment: "Fields checked against the PDF")
                {
                    Invoice = new ExtractedInvoice(
                        SampleInvoices.LaptopInvoice.InvoiceNumber, SampleInvoices.LaptopInvoice.SupplierId, SampleInvoices.LaptopInvoice.SupplierName,
                        SampleInvoices.LaptopInvoice.SupplierCountry, SampleInvoices.LaptopInvoice.PurchaseOrderNumber, SampleInvoices.LaptopInvoice.Currency,
                        SampleInvoices.LaptopInvoice.Amount, SampleInvoices.LaptopInvoice.Lines),
                }),
        ]);

    /// <summary>Registers the workflow and its activities.</summary>
    /// <param name="registry">The registry to add to.</param>
    /// <param name="agents">The agents.</param>
    /// <param name="inbox">Where review requests go.</param>
    /// <param name="logging">Where activities log.</param>
    /// <param name="policies">The host's policy gate.</param>
    /// <returns>The registry.</returns>
    public static WorkflowRegistry Register(
        WorkflowRegistry registry, IntakeAgentSet agents, IntakeReviewInbox inbox, ILoggerFactory logging, PolicyGate policies)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(logging);
        return registry
            .AddWorkflow(nameof(SupplierDocumentIntakeWorkflow), () => new SupplierDocumentIntakeWorkflow(policies))
            .AddActivity(new ClassifyDocumentActivity(agents.Classifier))
            .AddActivity(new ExtractInvoiceFieldsActivity(agents.Extractor))
            .AddActivity(new RequestIntakeReviewActivity(inbox, logging.CreateLogger<RequestIntakeReviewActivity>()));
    }
}
