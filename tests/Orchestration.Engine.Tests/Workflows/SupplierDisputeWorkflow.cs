using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>
/// Generation 1 waits out a one-hour cooling-off period and continues as new; generation 2 takes the supplier's
/// dispute, which may have arrived during generation 1 and is carried over only when events are preserved.
/// </summary>
public sealed class SupplierDisputeWorkflow : Workflow<DisputeWatch, string>
{
    public static readonly TimeSpan CoolingOff = TimeSpan.FromHours(1);

    public override async Task<string> RunAsync(IWorkflowContext context, DisputeWatch input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Generation == 1)
        {
            await context.CreateTimer(CoolingOff, CancellationToken.None);
            context.ContinueAsNew(input with { Generation = 2 }, input.PreserveEvents);
            return string.Empty;
        }

        string dispute = await context.WaitForExternalEvent<string>(ApprovalEvents.Dispute);
        return $"{input.Supplier} (generation {input.Generation}): {dispute}";
    }
}
