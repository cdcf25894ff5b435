using System.Text.Json.Nodes;

namespace Orchestration.Deployment.Tests;

/// <summary>The checks on a compiled template that its tests share, and that InfraAssertTests proves can fail.</summary>
internal static class InfraAssert
{
    /// <summary>Asserts that there is a resource of the type and that each one sets the property to the value.</summary>
    /// <param name="template">The template or module.</param>
    /// <param name="type">The resource type.</param>
    /// <param name="path">The property's dotted path.</param>
    /// <param name="expectedJson">The value, as JSON (<c>false</c>, <c>"TLS1_2"</c>).</param>
    public static void SetsProperty(ArmTemplate template, string type, string path, string expectedJson)
    {
        IReadOnlyList<ArmResource> resources = template.Resources(type);
        JsonNode? expected = JsonNode.Parse(expectedJson);

        Assert.True(resources.Count > 0, $"the template has no {type}");
        Assert.All(resources, resource => Assert.True(JsonNode.DeepEquals(expected, resource.Property(path)),
            $"{type} {resource.Name}: {path} is {ArmValue.Text(resource.Property(path))}, not {expectedJson}"));
    }

    /// <summary>Asserts that a principal holds a built-in role on the one resource of a type, whatever the parameters.</summary>
    /// <param name="template">The module that assigns the role.</param>
    /// <param name="roleId">The built-in role's id (a GUID).</param>
    /// <param name="scopeType">The type of the resource the role is granted on.</param>
    /// <param name="principalId">The principal, evaluated.</param>
    public static void GrantsRole(ArmTemplate template, string roleId, string scopeType, string principalId)
    {
        string roleDefinitionId = $"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', {ArmValue.Quote(roleId)})]";
        ArmResource[] grants = [.. template.Resources("Microsoft.Authorization/roleAssignments").Where(assignment =>
            ArmValue.Text(assignment.Property("properties.roleDefinitionId")) == roleDefinitionId
            && ArmValue.Text(assignment.Property("properties.principalId")) == principalId && !assignment.IsConditional)];

        Assert.True(grants.Length == 1, $"{grants.Length} unconditional assignments of role {roleId} to {principalId}, not one");
        Assert.Equal(template.Resource(scopeType).Id, ArmValue.Text(grants[0].Property("scope")));
        Assert.Equal("ServicePrincipal", ArmValue.Text(grants[0].Property("properties.principalType")));
    }
}
