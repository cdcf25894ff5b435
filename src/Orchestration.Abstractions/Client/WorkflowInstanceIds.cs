namespace Orchestration.Abstractions;

/// <summary>
/// The instance ids every runtime accepts: those of Durable Functions on Azure Storage (the id becomes a table key and
/// a queue message property there), so an id that works on one runtime works on the other. Both clients check it.
/// </summary>
public static class WorkflowInstanceIds
{
    /// <summary>The longest instance id.</summary>
    public const int MaxLength = 256;

    /// <summary>Refuses an id that some runtime would not take.</summary>
    /// <param name="instanceId">The caller's instance id.</param>
    /// <exception cref="ArgumentException">Empty, too long, or with '/', '\', '#', '?' or a control character.</exception>
    public static void Validate(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        if (instanceId.Length > MaxLength)
        {
            throw new ArgumentException($"An instance id is at most {MaxLength} characters.", nameof(instanceId));
        }

        if (instanceId.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?'))
        {
            throw new ArgumentException("An instance id cannot contain '/', '\\', '#', '?' or control characters.", nameof(instanceId));
        }
    }
}
