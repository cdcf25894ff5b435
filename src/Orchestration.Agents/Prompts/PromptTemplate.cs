using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Orchestration.Abstractions;
using Orchestration.Agents.Port;

namespace Orchestration.Agents.Prompts;

/// <summary>
/// A versioned prompt: a system part and a user part whose <c>{{member}}</c> placeholders are filled from the request's
/// JSON members. The text lives in a reviewed file (<c>prompts/{id}/{version}.prompt</c>), never in code, and its digest
/// goes into every call's evidence. Confidence thresholds are never in a prompt: policies route on confidence.
/// </summary>
public sealed partial class PromptTemplate
{
    private PromptTemplate(string id, string version, string system, string user)
    {
        Id = id;
        Version = version;
        System = system;
        User = user;
        Placeholders = [.. PlaceholderPattern().Matches(system + "\n" + user).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];
        Digest = Sha256($"{id}\n{version}\n# system\n{system}\n# user\n{user}");
    }

    /// <summary>Gets the template id.</summary>
    public string Id { get; }

    /// <summary>Gets the template version.</summary>
    public string Version { get; }

    /// <summary>Gets the system part.</summary>
    public string System { get; }

    /// <summary>Gets the user part.</summary>
    public string User { get; }

    /// <summary>Gets the request members the template reads.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Gets the digest of the template (id, version and both parts).</summary>
    public string Digest { get; }

    /// <summary>Gets the reference evidence names the template by.</summary>
    public PromptReference Reference => new(Id, Version, Digest);

    /// <summary>Reads a template from its text: a <c># system</c> section, then a <c># user</c> section.</summary>
    /// <param name="id">The template id.</param>
    /// <param name="version">The template version.</param>
    /// <param name="text">The text.</param>
    /// <returns>The template.</returns>
    /// <exception cref="FormatException">The text lacks either section, or a section is empty.</exception>
    public static PromptTemplate Parse(string id, string version, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentNullException.ThrowIfNull(text);
        string normalized = text.ReplaceLineEndings("\n");
        int system = normalized.IndexOf("# system\n", StringComparison.Ordinal);
        int user = normalized.IndexOf("\n# user\n", StringComparison.Ordinal);
        if (system != 0 || user < 0)
        {
            throw new FormatException($"prompt {id} {version}: expected a '# system' section first, then a '# user' section");
        }

        string systemPart = normalized["# system\n".Length..user].Trim();
        string userPart = normalized[(user + "\n# user\n".Length)..].Trim();
        return systemPart.Length == 0 || userPart.Length == 0
            ? throw new FormatException($"prompt {id} {version}: the system and user sections must both have text")
            : new PromptTemplate(id, version, systemPart, userPart);
    }

    /// <summary>Loads <c>{directory}/{id}/{version}.prompt</c>.</summary>
    /// <param name="directory">The prompts directory.</param>
    /// <param name="id">The template id.</param>
    /// <param name="version">The template version.</param>
    /// <returns>The template.</returns>
    /// <exception cref="FileNotFoundException">No such template version.</exception>
    public static PromptTemplate Load(string directory, string id, string version)
    {
        string path = Path.Combine(directory, id, version + ".prompt");
        return File.Exists(path)
            ? Parse(id, version, File.ReadAllText(path))
            : throw new FileNotFoundException($"prompt template {id} {version} is not in {directory} (expected {id}/{version}.prompt)", path);
    }

    /// <summary>Fills the template with a request.</summary>
    /// <param name="request">The request; its workflow JSON members fill the placeholders.</param>
    /// <returns>The system and user text.</returns>
    /// <exception cref="ArgumentException">A placeholder names no member of the request.</exception>
    public (string System, string User) Render(object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using JsonDocument json = JsonDocument.Parse(WorkflowJson.Serialize(request) ?? "{}");
        JsonElement root = json.RootElement;
        string Fill(string part) => PlaceholderPattern().Replace(part, match =>
            root.TryGetProperty(match.Groups[1].Value, out JsonElement value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
                : throw new ArgumentException($"prompt {Id} {Version} reads '{match.Groups[1].Value}', which {request.GetType().Name} does not have", nameof(request)));
        return (Fill(System), Fill(User));
    }

    /// <summary>Takes the digest evidence uses for a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>sha256:</c> and 64 lower-case hex digits.</returns>
    public static string Sha256(string text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\{\{([A-Za-z][A-Za-z0-9]*)\}\}")]
    private static partial Regex PlaceholderPattern();
}
