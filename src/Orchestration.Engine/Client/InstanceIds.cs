namespace Orchestration.Engine.Client;

/// <summary>Instance id rules: those of Durable Functions on Azure Storage, so an id that works here works there.</summary>
internal static class InstanceIds
{
    public const int MaxLength = 256;

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
