namespace Orchestration.Governance.Files;

/// <summary>
/// A governance file (policy bundle, policy tests, agent registry, data-quality gates) is invalid. The message names
/// the file, the line and, where there is one, the rule, so that whoever edits the file can fix it at once.
/// </summary>
public sealed class GovernanceFileException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceFileException"/> class.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The 1-based line; 0 when the problem is the whole file.</param>
    /// <param name="rule">The rule or entry the problem is in, if any.</param>
    /// <param name="problem">What is wrong.</param>
    public GovernanceFileException(string file, int line, string? rule, string problem)
        : base(Format(file, line, rule, problem))
    {
        File = file;
        Line = line;
        Rule = rule;
        Problem = problem;
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceFileException"/> class.</summary>
    public GovernanceFileException()
        : this("unknown", 0, null, "invalid governance file")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceFileException"/> class.</summary>
    /// <param name="message">The message.</param>
    public GovernanceFileException(string message)
        : this("unknown", 0, null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceFileException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GovernanceFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "unknown";
        Problem = message;
    }

    /// <summary>Gets the file.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line; 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>Gets the rule or entry the problem is in, if any.</summary>
    public string? Rule { get; }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, string? rule, string problem) =>
        $"{file}:{line}: {(rule is null ? string.Empty : $"rule '{rule}': ")}{problem}";
}
