using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;
using Orchestration.Evidence.Recording;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;

namespace Orchestration.Functions.Workflows;

/// <summary>
/// One activity function per registered activity, each a forward to the registry, which applies the activity filters
/// (governance) before the activity runs, as on the embedded engine.
/// </summary>
/// <param name="registry">The activities and filters, as the local server registers them.</param>
public sealed class ActivityFunctions(WorkflowRegistry registry)
{
    /// <summary>Checks an invoice's fields.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(ValidateInvoiceActivity))]
    public Task<JsonElement> ValidateInvoice([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Matches an invoice with its order and goods receipt.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(MatchInvoiceActivity))]
    public Task<JsonElement> MatchInvoice([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Sends an approval request to the approver.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(RequestApprovalActivity))]
    public Task<JsonElement> RequestApproval([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Posts an approved invoice to the ERP.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(PostInvoiceActivity))]
    public Task<JsonElement> PostInvoice([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Writes a batch of evidence records to the ledger.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(RecordEvidenceActivity))]
    public Task<JsonElement> RecordEvidence([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Seals a finished run's evidence.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(SealRunActivity))]
    public Task<JsonElement> SealRun([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Pins the policy bundle version a run is judged by, at its start.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(PinPolicyBundleActivity))]
    public Task<JsonElement> PinPolicyBundle([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Loads the sanctions list and records its refresh.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(RefreshSanctionsListActivity))]
    public Task<JsonElement> RefreshSanctionsList([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    /// <summary>Loads the ERP price list and records its refresh.</summary>
    /// <param name="input">The activity's input, as JSON.</param>
    /// <param name="context">The invocation.</param>
    /// <returns>The result, as JSON.</returns>
    [Function(nameof(RefreshPriceListActivity))]
    public Task<JsonElement> RefreshPriceList([ActivityTrigger] JsonElement input, FunctionContext context) => RunAsync(context, input);

    // The function's name is the activity's registered name, so no name is written twice.
    private Task<JsonElement> RunAsync(FunctionContext context, JsonElement input) => WorkflowFunctionRunner.RunActivityAsync(
        registry,
        WorkflowFunctionRunner.CreateActivityContext(context.FunctionDefinition.Name, context.BindingContext.BindingData, context.CancellationToken),
        input);
}
