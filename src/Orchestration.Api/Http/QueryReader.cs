using System.Globalization;
using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;

namespace Orchestration.Api.Http;

/// <summary>Reads query parameters strictly and collects every bad one, so one 400 names them all.</summary>
internal sealed class QueryReader(HttpRequest request)
{
    private readonly List<WorkflowInputError> errors = [];

    public IReadOnlyList<WorkflowInputError> Errors => errors;

    public string? Text(string name) => request.Query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

    public bool Flag(string name, bool fallback)
    {
        string? text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return bool.TryParse(text, out bool value) ? value : Fail(name, $"'{text}' is not true or false.", fallback);
    }

    public int Number(string name, int fallback, int min, int max)
    {
        string? text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : Fail(name, $"'{text}' is not a whole number from {min} to {max}.", fallback);
    }

    public DateTimeOffset? Time(string name)
    {
        string? text = Text(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value)
            ? value
            : Fail<DateTimeOffset?>(name, $"'{text}' is not an ISO 8601 date-time.", null);
    }

    /// <summary>Statuses as Durable Functions takes them: repeated parameters, each possibly comma-separated.</summary>
    public IReadOnlyCollection<WorkflowRuntimeStatus>? Statuses(string name)
    {
        string[] texts = [.. request.Query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        if (texts.Length == 0)
        {
            return null;
        }

        List<WorkflowRuntimeStatus> statuses = [];
        foreach (string text in texts)
        {
            if (Enum.TryParse(text, ignoreCase: true, out WorkflowRuntimeStatus status) && Enum.IsDefined(status) && !int.TryParse(text, out _))
            {
                statuses.Add(status);
            }
            else
            {
                Fail(name, $"'{text}' is not a runtime status ({string.Join(", ", Enum.GetNames<WorkflowRuntimeStatus>())}).", 0);
            }
        }

        return statuses;
    }

    private T Fail<T>(string name, string message, T fallback)
    {
        errors.Add(new WorkflowInputError(name, message));
        return fallback;
    }
}
