namespace Orchestration.Api.Management;

/// <summary>What the management URLs carry, as Durable Functions writes them. Bound from <c>OrchestrationApi:Management</c>.</summary>
public sealed class ManagementOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "OrchestrationApi:Management";

    /// <summary>Gets or sets the task hub name put in <c>taskHub=</c>; Durable Functions' own default.</summary>
    public string TaskHub { get; set; } = "TestHubName";

    /// <summary>Gets or sets the storage connection name put in <c>connection=</c>.</summary>
    public string Connection { get; set; } = "Storage";
}
