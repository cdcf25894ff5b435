namespace Orchestration.Agents.Models;

/// <summary>The <c>Models</c> settings are invalid; the host refuses to start. Every problem is listed, none holds a key.</summary>
public sealed class ModelSettingsException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="ModelSettingsException"/> class.</summary>
    /// <param name="problems">Each problem, naming its setting and what is wrong.</param>
    public ModelSettingsException(IReadOnlyList<string> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Initializes a new instance of the <see cref="ModelSettingsException"/> class.</summary>
    public ModelSettingsException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelSettingsException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ModelSettingsException(string message)
        : base(message) => Problems = [message];

    /// <summary>Initializes a new instance of the <see cref="ModelSettingsException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ModelSettingsException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Gets each problem, naming its setting (<c>Models__Deployment: ...</c>).</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The model settings (section {ModelSettings.SectionName}) are invalid:{string.Concat(problems.Select(problem => "\n- " + problem))}";
    }
}
