using System.Text.Json;
using Orchestration.Abstractions;

namespace Orchestration.Agents.Evaluation;

/// <summary>
/// Reads an agent's golden set: <c>agents/{agent-id}/golden.jsonl</c>, one case a line:
/// <c>{"id": ..., "tags": [...], "input": {request}, "expect": {"result": {result}} | {"refusal": "code"}}</c>.
/// Input and result are read with the workflow JSON contract (strict), so a case cannot drift from the types.
/// </summary>
public static class GoldenSet
{
    /// <summary>The file name in an agent's directory.</summary>
    public const string FileName = "golden.jsonl";

    /// <summary>Loads a golden set.</summary>
    /// <typeparam name="TRequest">The agent's request.</typeparam>
    /// <typeparam name="TResult">The agent's result.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="display">How messages name the file; null shows the path.</param>
    /// <returns>The cases, in file order.</returns>
    /// <exception cref="GoldenSetException">The file is missing, empty, or a line is not a case.</exception>
    public static IReadOnlyList<GoldenCase<TRequest, TResult>> Load<TRequest, TResult>(string path, string? display = null)
        where TRequest : class
        where TResult : class
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string name = display ?? path;
        if (!File.Exists(path))
        {
            throw new GoldenSetException(name, null, "the golden file does not exist");
        }

        List<GoldenCase<TRequest, TResult>> cases = [];
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length > 0)
            {
                cases.Add(Parse<TRequest, TResult>(line, name, number));
            }
        }

        string? duplicate = cases.GroupBy(@case => @case.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        return cases.Count == 0 ? throw new GoldenSetException(name, null, "the golden file has no cases")
            : duplicate is not null ? throw new GoldenSetException(name, cases.Last(@case => @case.Id == duplicate).Line, $"case id '{duplicate}' is used twice")
            : cases;
    }

    private static GoldenCase<TRequest, TResult> Parse<TRequest, TResult>(string line, string file, int number)
        where TRequest : class
        where TResult : class
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            string id = Member(root, "id", file, number).GetString() is { Length: > 0 } text ? text : throw new GoldenSetException(file, number, "'id' is empty");
            TRequest input = Member(root, "input", file, number).Deserialize<TRequest>(WorkflowJson.Options)
                ?? throw new GoldenSetException(file, number, "'input' is null");
            JsonElement expect = Member(root, "expect", file, number);
            bool hasResult = expect.TryGetProperty("result", out JsonElement result);
            bool hasRefusal = expect.TryGetProperty("refusal", out JsonElement refusal);
            if (hasResult == hasRefusal)
            {
                throw new GoldenSetException(file, number, "'expect' must have exactly one of 'result' or 'refusal'");
            }

            IReadOnlyList<string> tags = root.TryGetProperty("tags", out JsonElement list) ? [.. list.EnumerateArray().Select(tag => tag.GetString() ?? string.Empty)] : [];
            return hasResult
                ? new(id, number, input, result.Deserialize<TResult>(WorkflowJson.Options) ?? throw new GoldenSetException(file, number, "'result' is null"), null, tags)
                : new(id, number, input, null, refusal.GetString() is { Length: > 0 } code ? code : throw new GoldenSetException(file, number, "'refusal' is empty"), tags);
        }
        catch (JsonException invalid)
        {
            throw new GoldenSetException(file, number, $"not a golden case: {invalid.Message}", invalid);
        }
        catch (InvalidOperationException invalid)
        {
            throw new GoldenSetException(file, number, $"not a golden case: {invalid.Message}", invalid);
        }
    }

    private static JsonElement Member(JsonElement root, string name, string file, int number) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out JsonElement value)
            ? value
            : throw new GoldenSetException(file, number, $"'{name}' is missing");
}
