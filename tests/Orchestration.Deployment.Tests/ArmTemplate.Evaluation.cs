using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// Evaluates a template's values as far as the template alone decides them: variables, the parameters a parent
/// template passes to a module, loop indexes, a module's outputs read through <c>reference()</c>, and the few
/// functions that only rearrange those (<c>format</c>, <c>createObject</c>, <c>union</c>, <c>length</c>). The rest
/// stays an expression (<see cref="ArmValue"/>), so a role assignment's scope reads
/// <c>[resourceId('Microsoft.Storage/storageAccounts', format('st{0}', ...))]</c> whichever variable held the name.
/// </summary>
internal sealed partial class ArmTemplate
{
    private JsonNode? Evaluate(JsonElement value, int? copyIndex) => value.ValueKind switch
    {
        JsonValueKind.String => Evaluate(value.GetString()!, copyIndex),
        // A property name may be an expression too: userAssignedIdentities is keyed by the identity's id.
        JsonValueKind.Object => new JsonObject(value.EnumerateObject().Select(property => KeyValuePair.Create(
            ArmValue.Text(Evaluate(property.Name, copyIndex)), Evaluate(property.Value, copyIndex)))),
        JsonValueKind.Array => new JsonArray([.. value.EnumerateArray().Select(item => Evaluate(item, copyIndex))]),
        JsonValueKind.Null => null,
        _ => JsonNode.Parse(value.GetRawText()),
    };

    private JsonNode? Evaluate(string text, int? copyIndex) =>
        ArmValue.IsExpression(text) ? Evaluate(ArmExpression.Parse(text[1..^1]), copyIndex) : JsonValue.Create(text);

    private JsonNode? Evaluate(ArmExpression expression, int? copyIndex) => expression switch
    {
        ArmLiteral { Value: string text } => ArmValue.Literal(text),
        ArmLiteral { Value: long number } => JsonValue.Create(number),
        ArmMember member => Member(Evaluate(member.Target, copyIndex), member.Name),
        ArmIndex index => Index(Evaluate(index.Target, copyIndex), Evaluate(index.Index, copyIndex)),
        ArmCall call => Call(call, copyIndex),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private JsonNode? Call(ArmCall call, int? copyIndex)
    {
        if (call.Function == "reference" && ReferencedModule(call, copyIndex) is { } module)
        {
            return module.ReferenceValue();
        }

        List<JsonNode?> arguments = [.. call.Arguments.Select(argument => Evaluate(argument, copyIndex))];
        return call.Function switch
        {
            "variables" => Evaluate(template.GetProperty("variables").GetProperty(ArmValue.AsString(arguments[0])!), copyIndex: null),
            "parameters" => Parameter(ArmValue.AsString(arguments[0])!),
            "copyIndex" when copyIndex is not null => JsonValue.Create(copyIndex.Value + (arguments.Count > 0 ? ArmValue.AsInteger(arguments[0]) ?? 0 : 0L)),
            "length" when arguments[0] is JsonArray items => JsonValue.Create((long)items.Count),
            "length" when arguments[0] is JsonObject properties => JsonValue.Create((long)properties.Count),
            // Bicep writes an interpolated lone value ('${id}') as format('{0}', id).
            "format" when arguments.Count == 2 && ArmValue.AsString(arguments[0]) == "{0}" && arguments[1]?.GetValueKind() == JsonValueKind.String => arguments[1],
            "format" when arguments.All(argument => ArmValue.AsString(argument) is not null || ArmValue.AsInteger(argument) is not null) =>
                ArmValue.Literal(string.Format(CultureInfo.InvariantCulture, ArmValue.AsString(arguments[0])!,
                    [.. arguments.Skip(1).Select(argument => (object?)ArmValue.AsString(argument) ?? ArmValue.AsInteger(argument))])),
            "createObject" => new JsonObject(arguments.Chunk(2).Select(pair => KeyValuePair.Create(ArmValue.Text(pair[0]), pair[1]))),
            "createArray" => new JsonArray([.. arguments]),
            "union" when arguments.All(argument => argument is JsonObject) =>
                new JsonObject(arguments.Cast<JsonObject>().SelectMany(properties => properties)
                    .GroupBy(property => property.Key, StringComparer.Ordinal)
                    .Select(group => KeyValuePair.Create(group.Key, group.Last().Value?.DeepClone()))),
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" => null,
            _ => ArmValue.Call(call.Function, arguments),
        };
    }

    // A module's value as its parent passes it; the deployed template's parameters are the caller's, unknown here.
    private JsonNode? Parameter(string name)
    {
        if (parent is not null && passedParameters.TryGetProperty(name, out JsonElement passed))
        {
            return parent.Evaluate(passed.GetProperty("value"), copyIndex: null);
        }

        return parent is not null && template.GetProperty("parameters").GetProperty(name).TryGetProperty("defaultValue", out JsonElement fallback)
            ? Evaluate(fallback, copyIndex: null)
            : ArmValue.Unresolved($"parameters({ArmValue.Quote(name)})");
    }

    // reference(resourceId(..., 'Microsoft.Resources/deployments', 'name')) reads a module of this template.
    private ArmTemplate? ReferencedModule(ArmCall reference, int? copyIndex)
    {
        if (reference.Arguments[0] is not ArmCall { Function: "resourceId" or "extensionResourceId", Arguments.Count: >= 2 } id)
        {
            return null;
        }

        string? type = ArmValue.AsString(Evaluate(id.Arguments[^2], copyIndex));
        string? name = ArmValue.AsString(Evaluate(id.Arguments[^1], copyIndex));
        return type == DeploymentType && name is not null ? modules.GetValueOrDefault(name) : null;
    }

    // What reference() returns for a deployment: { outputs: { name: { value } } }.
    private JsonObject ReferenceValue() => new()
    {
        ["outputs"] = new JsonObject(template.GetProperty("outputs").EnumerateObject().Select(output =>
            KeyValuePair.Create(output.Name, (JsonNode?)new JsonObject { ["value"] = Output(output.Name) }))),
    };

    private static JsonNode? Member(JsonNode? target, string name) =>
        target is JsonObject properties
            ? properties.TryGetPropertyValue(name, out JsonNode? value)
                ? value?.DeepClone()
                : throw new KeyNotFoundException($"The object has no property '{name}'.")
            : ArmValue.Unresolved($"{ArmValue.ExpressionText(target)}.{name}");

    private static JsonNode? Index(JsonNode? target, JsonNode? index) => (target, ArmValue.AsInteger(index), ArmValue.AsString(index)) switch
    {
        (JsonArray items, long position, _) => items[(int)position]?.DeepClone(),
        (JsonObject, _, string name) => Member(target, name),
        _ => ArmValue.Unresolved($"{ArmValue.ExpressionText(target)}[{ArmValue.ExpressionText(index)}]"),
    };
}
