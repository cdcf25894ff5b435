namespace Orchestration.Agents.Evaluation;

/// <summary>A golden file is missing or malformed; names the file and, when there is one, the line.</summary>
public sealed class GoldenSetException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GoldenSetException"/> class.</summary>
    /// <param name="file">The file, as shown to people.</param>
    /// <param name="line">The line, 1-based; null for the file as a whole.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The parser's exception, if any.</param>
    public GoldenSetException(string file, int? line, string problem, Exception? inner = null)
        : base(line is null ? $"{file}: {problem}" : $"{file} line {line}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Initializes a new instance of the <see cref="GoldenSetException"/> class.</summary>
    public GoldenSetException()
        : this("golden set", null, "invalid")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GoldenSetException"/> class.</summary>
    /// <param name="message">The message.</param>
    public GoldenSetException(string message)
        : this("golden set", null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GoldenSetException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GoldenSetException(string message, Exception innerException)
        : this("golden set", null, message, innerException)
    {
    }

    /// <summary>Gets the file.</summary>
    public string File { get; }

    /// <summary>Gets the line, or null.</summary>
    public int? Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Problem { get; }
}
