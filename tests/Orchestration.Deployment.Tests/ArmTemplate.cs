using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// A compiled ARM template, or one of its modules (a nested deployment, whose template Bicep inlines): its resources,
/// outputs and nested modules, each value evaluated (ArmTemplate.Evaluation.cs). The raw template is kept as a
/// <see cref="JsonElement"/>, which parallel tests may read at once; every value handed out is a fresh node.
/// </summary>
internal sealed partial class ArmTemplate
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    private readonly JsonElement template;
    private readonly ArmTemplate? parent;
    private readonly JsonElement passedParameters;
    private readonly Dictionary<string, ArmTemplate> modules;

    private ArmTemplate(JsonElement template, ArmTemplate? parent, JsonElement passedParameters)
    {
        this.template = template;
        this.parent = parent;
        this.passedParameters = passedParameters;
        modules = RawResources()
            .Where(resource => resource.GetProperty("type").GetString() == DeploymentType)
            .ToDictionary(
                resource => resource.GetProperty("name").GetString()!,
                resource => new ArmTemplate(
                    resource.GetProperty("properties").GetProperty("template"), this, resource.GetProperty("properties").GetProperty("parameters")),
                StringComparer.Ordinal);
    }

    /// <summary>Gets the template's JSON as compiled, not evaluated: its schema, its parameter declarations.</summary>
    public JsonElement Json => template;

    public IEnumerable<ArmTemplate> Modules => modules.Values;

    public static ArmTemplate Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return new ArmTemplate(document.RootElement.Clone(), null, default);
    }

    public ArmTemplate Module(string name) =>
        modules.TryGetValue(name, out ArmTemplate? module) ? module : throw new KeyNotFoundException($"The template has no module '{name}'.");

    /// <summary>Gets the resources of a type, a resource declared in a loop once per element. Modules are not among them.</summary>
    public IReadOnlyList<ArmResource> Resources(string type) =>
        [.. OwnResources().Where(resource => resource.GetProperty("type").GetString() == type).SelectMany(Instances)];

    /// <summary>Gets the one resource of a type; fails when there is none or more than one.</summary>
    public ArmResource Resource(string type)
    {
        IReadOnlyList<ArmResource> resources = Resources(type);
        return resources.Count == 1 ? resources[0] : throw new InvalidOperationException($"The template has {resources.Count} resources of type {type}, not one.");
    }

    /// <summary>Gets every resource of this template and of its modules, at any depth.</summary>
    public IEnumerable<ArmResource> AllResources() =>
        OwnResources().SelectMany(Instances).Concat(Modules.SelectMany(module => module.AllResources()));

    public JsonNode? Output(string name) => Evaluate(template.GetProperty("outputs").GetProperty(name).GetProperty("value"), copyIndex: null);

    // Templates in language version 2.0 hold resources by symbolic name; older ones in an array.
    private IEnumerable<JsonElement> RawResources()
    {
        JsonElement resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(resource => resource.Value) : resources.EnumerateArray();
    }

    // A module's template is evaluated in its own scope (Module), never as a value of the parent.
    private IEnumerable<JsonElement> OwnResources() =>
        RawResources().Where(resource => resource.GetProperty("type").GetString() != DeploymentType);

    private IEnumerable<ArmResource> Instances(JsonElement resource)
    {
        string type = resource.GetProperty("type").GetString()!;
        if (!resource.TryGetProperty("copy", out JsonElement copy))
        {
            return [Instance(type, resource, copyIndex: null)];
        }

        long count = ArmValue.AsInteger(Evaluate(copy.GetProperty("count"), copyIndex: null))
            ?? throw new InvalidOperationException($"{type}: the loop's count is not known before deployment.");
        return Enumerable.Range(0, (int)count).Select(index => Instance(type, resource, index));
    }

    private ArmResource Instance(string type, JsonElement resource, int? copyIndex)
    {
        JsonObject evaluated = [];
        foreach (JsonProperty property in resource.EnumerateObject().Where(property => property.Name != "copy"))
        {
            evaluated[property.Name] = Evaluate(property.Value, copyIndex);
        }

        return new ArmResource(type, evaluated, NameSegments(resource.GetProperty("name"), copyIndex));
    }

    // A child resource's name is "parent/child": Bicep compiles it to format('{0}/{1}', parent, child).
    private List<JsonNode?> NameSegments(JsonElement name, int? copyIndex)
    {
        string text = name.GetString()!;
        if (ArmValue.IsExpression(text) && ArmExpression.Parse(text[1..^1]) is ArmCall { Function: "format" } format
            && format.Arguments[0] is ArmLiteral { Value: string pattern }
            && pattern == string.Join('/', Enumerable.Range(0, format.Arguments.Count - 1).Select(index => $"{{{index}}}")))
        {
            return [.. format.Arguments.Skip(1).Select(argument => Evaluate(argument, copyIndex))];
        }

        JsonNode? evaluated = Evaluate(name, copyIndex);
        return ArmValue.AsString(evaluated) is { } literal ? [.. literal.Split('/').Select(ArmValue.Literal)] : [evaluated];
    }
}
