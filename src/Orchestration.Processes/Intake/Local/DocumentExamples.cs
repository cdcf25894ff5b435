using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Agents.Local;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// The labelled example documents the local classifier compares with: <c>agents/document-classifier/examples.jsonl</c>,
/// one <c>{"kind": ..., "text": ...}</c> object a line, reviewed like code.
/// </summary>
public static class DocumentExamples
{
    /// <summary>The file name in the agent's directory.</summary>
    public const string FileName = "examples.jsonl";

    /// <summary>The file of the titles each kind is printed under, in the same format.</summary>
    public const string TitlesFileName = "headings.jsonl";

    /// <summary>Loads the examples.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The examples, in file order.</returns>
    /// <exception cref="FormatException">A line is not an example; the message names the file and line.</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static IReadOnlyList<LabelledExample<DocumentKind>> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        List<LabelledExample<DocumentKind>> examples = [];
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            examples.Add(Parse(line, $"{path}:{number}"));
        }

        return examples.Count == 0 ? throw new FormatException($"{path}: no labelled examples") : examples;
    }

    private static LabelledExample<DocumentKind> Parse(string line, string where)
    {
        try
        {
            Example example = JsonSerializer.Deserialize<Example>(line, WorkflowJson.Options)!;
            return string.IsNullOrWhiteSpace(example.Text)
                ? throw new FormatException($"{where}: the example's text is empty")
                : new LabelledExample<DocumentKind>(example.Kind, example.Text);
        }
        catch (JsonException invalid)
        {
            throw new FormatException($"{where}: not a labelled example ({invalid.Message})", invalid);
        }
    }

    private sealed record Example(DocumentKind Kind, string Text);
}
