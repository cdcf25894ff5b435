using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Issues a payment reference before waiting and another after: the first must be the same on every replay.</summary>
public sealed class PaymentReferenceWorkflow : Workflow<string, PaymentReferences>
{
    public override async Task<PaymentReferences> RunAsync(IWorkflowContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        Guid issued = context.NewGuid();
        Guid registered = await context.CallActivityAsync<Guid>(nameof(RegisterPaymentReferenceActivity), issued);
        await context.WaitForExternalEvent<string>(ApprovalEvents.Confirmation);
        return new PaymentReferences(issued, registered, context.NewGuid());
    }
}
