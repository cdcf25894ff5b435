namespace Orchestration.Abstractions;

/// <summary>
/// A part of the product that adds workflows, activities or activity filters to the registry a host builds
/// (processes, the evidence recorder, governance filters). Hosts collect every registration from dependency
/// injection, so the local server and the Functions app end up with the same registry.
/// </summary>
public interface IWorkflowRegistration
{
    /// <summary>Adds this part's workflows, activities and filters.</summary>
    /// <param name="registry">The host's registry.</param>
    void AddTo(WorkflowRegistry registry);
}
