using System.Text.RegularExpressions;

namespace Orchestration.Functions.Workflows;

/// <summary>
/// The names of the functions the host sees for the registry: a workflow's and an activity's are their registered
/// names (Durable Functions dispatches by function name), a schedule's is <see cref="SchedulePrefix"/> and its workflow.
/// </summary>
public static partial class RegistryFunctionNames
{
    /// <summary>What a scheduled workflow's timer function is called before the workflow's name.</summary>
    public const string SchedulePrefix = "Schedule";

    /// <summary>Names the timer function of a scheduled workflow.</summary>
    /// <param name="workflowName">The scheduled workflow.</param>
    /// <returns>The function name.</returns>
    public static string ForSchedule(string workflowName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        return SchedulePrefix + workflowName;
    }

    /// <summary>Reads the scheduled workflow back from its timer function's name.</summary>
    /// <param name="functionName">A name made by <see cref="ForSchedule"/>.</param>
    /// <returns>The workflow name.</returns>
    /// <exception cref="ArgumentException">The name is not a schedule's.</exception>
    public static string ScheduledWorkflowOf(string functionName)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        return functionName.StartsWith(SchedulePrefix, StringComparison.Ordinal) && functionName.Length > SchedulePrefix.Length
            ? functionName[SchedulePrefix.Length..]
            : throw new ArgumentException($"'{functionName}' is not the name of a schedule's timer function.", nameof(functionName));
    }

    /// <summary>Tells whether the Functions host accepts a function name (a letter, then letters, digits, '_' or '-'; at most 128).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when the host accepts it.</returns>
    public static bool IsValid(string name) => ValidName().IsMatch(name);

    // The Functions host's own rule for function names (azure-functions-host, Utility.IsValidFunctionName).
    [GeneratedRegex("^[a-z][a-z0-9_-]{0,127}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
