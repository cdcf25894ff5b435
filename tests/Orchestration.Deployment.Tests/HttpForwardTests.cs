using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// Every public handler of <c>Orchestration.Api</c> is forwarded by one HTTP function, except Durable Functions'
/// management routes (<c>Orchestration.Api.Management</c>), which its extension serves itself in Azure.
/// </summary>
public sealed class HttpForwardTests
{
    private static readonly string ManagementNamespace = "Orchestration.Api.Management";

    private static string FunctionsSource() => string.Join("\n", Directory
        .EnumerateFiles(Repository.PathOf("src/Orchestration.Functions/Http"), "*.cs")
        .Select(File.ReadAllText));

    public static TheoryData<string> Handlers() => [.. CodeSettings.ProductAssemblies
        .Where(assembly => assembly.GetName().Name == "Orchestration.Api")
        .SelectMany(assembly => assembly.GetExportedTypes())
        .Where(type => type.Name.EndsWith("Handlers", StringComparison.Ordinal) && type.Namespace != ManagementNamespace)
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.ReturnType == typeof(IResult) || method.ReturnType == typeof(Task<IResult>))
            .Select(method => $"{type.Name}.{method.Name}"))];

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Handler_IsForwardedByAnHttpFunction(string handler)
    {
        Assert.Contains($"{handler}(request.HttpContext", FunctionsSource(), StringComparison.Ordinal);
    }

    [Fact]
    public void ManagementHandlers_AreNotForwarded()
    {
        Assert.DoesNotContain(ManagementNamespace, FunctionsSource(), StringComparison.Ordinal);
    }
}
