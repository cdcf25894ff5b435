namespace Orchestration.Agents.Local;

/// <summary>A text with the label a person gave it: what a nearest-example classifier compares new texts with.</summary>
/// <typeparam name="TLabel">The label type.</typeparam>
/// <param name="Label">The label.</param>
/// <param name="Text">The text.</param>
public sealed record LabelledExample<TLabel>(TLabel Label, string Text)
    where TLabel : notnull;
