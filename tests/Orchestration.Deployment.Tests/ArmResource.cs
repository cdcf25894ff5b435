using System.Text.Json.Nodes;

namespace Orchestration.Deployment.Tests;

/// <summary>One resource of a compiled template, evaluated (<see cref="ArmTemplate"/>): one per element of a loop.</summary>
/// <param name="Type">The resource type, without the API version.</param>
/// <param name="Json">The resource's declaration, its values evaluated.</param>
/// <param name="NameSegments">The name's segments, a child resource's parents first.</param>
internal sealed record ArmResource(string Type, JsonObject Json, IReadOnlyList<JsonNode?> NameSegments)
{
    /// <summary>Gets the resource's own name (its last segment).</summary>
    public string Name => ArmValue.Text(NameSegments[^1]);

    /// <summary>Gets the resource's id the way Bicep writes a reference to it: <c>[resourceId('type', segments...)]</c>.</summary>
    public string Id => ArmValue.Text(ArmValue.Call("resourceId", [ArmValue.Literal(Type), .. NameSegments]));

    /// <summary>Gets the id of the resource this one is a child of (a container's, for a container's policy).</summary>
    public string ParentId => ArmValue.Text(ArmValue.Call("resourceId", [ArmValue.Literal(Type[..Type.LastIndexOf('/')]), .. NameSegments.SkipLast(1)]));

    /// <summary>Gets whether the resource is deployed only under a condition (<c>if (...)</c> in Bicep).</summary>
    public bool IsConditional => Json.ContainsKey("condition");

    /// <summary>Gets a value by its dotted path (<c>properties.siteConfig.minTlsVersion</c>); null when absent.</summary>
    public JsonNode? Property(string path) =>
        path.Split('.').Aggregate((JsonNode?)Json, (node, name) => node is JsonObject properties ? properties[name] : null);
}
