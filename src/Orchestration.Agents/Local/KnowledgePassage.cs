namespace Orchestration.Agents.Local;

/// <summary>One passage of a <see cref="KnowledgeBase"/>: a fact's key and the text it is found by.</summary>
/// <param name="Key">What the passage resolves to (a supplier id, an article id).</param>
/// <param name="Text">The text that is embedded and compared with queries.</param>
public sealed record KnowledgePassage(string Key, string Text);

/// <summary>A passage a query retrieved, with how similar it was.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Similarity">The cosine similarity of query and passage.</param>
public sealed record RetrievedPassage(KnowledgePassage Passage, double Similarity);
