using YamlDotNet.RepresentationModel;

namespace Orchestration.Deployment.Tests;

public sealed class AzureYamlTests
{
    private static YamlMappingNode Root()
    {
        YamlStream yaml = [];
        using StringReader reader = new(Repository.ReadText("azure.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (string key in path)
        {
            current = ((YamlMappingNode)current).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)current).Value!;
    }

    internal static IReadOnlyList<(string Name, YamlMappingNode Service)> Services() =>
        [.. ((YamlMappingNode)Root().Children[new YamlScalarNode("services")]).Children
            .Select(service => (((YamlScalarNode)service.Key).Value!, (YamlMappingNode)service.Value))];

    [Fact]
    public void AzureYaml_NamesTheTemplate()
    {
        Assert.Equal("orchestration-functions", Scalar(Root(), "name"));
    }

    [Fact]
    public void Services_AreFunctionsOnDotnet()
    {
        (string Name, YamlMappingNode Service) api = Assert.Single(Services());

        Assert.Equal("api", api.Name);
        Assert.Equal("function", Scalar(api.Service, "host"));
        Assert.Equal("dotnet", Scalar(api.Service, "language"));
    }

    [Fact]
    public void ServiceProject_PathExistsAndHoldsTheFunctionsProject()
    {
        foreach ((string name, YamlMappingNode service) in Services())
        {
            string project = Repository.PathOf(Scalar(service, "project").TrimStart('.', '/'));

            Assert.True(Directory.Exists(project), $"service '{name}': {project} does not exist");
            Assert.NotEmpty(Directory.GetFiles(project, "*.csproj"));
            Assert.Contains("<AzureFunctionsVersion>v4</AzureFunctionsVersion>", File.ReadAllText(Directory.GetFiles(project, "*.csproj")[0]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Infra_IsBicepAtInfraMain()
    {
        YamlMappingNode root = Root();

        Assert.Equal("bicep", Scalar(root, "infra", "provider"));
        Assert.True(File.Exists(Repository.PathOf($"{Scalar(root, "infra", "path")}/{Scalar(root, "infra", "module")}.bicep")));
        Assert.True(File.Exists(Repository.PathOf($"{Scalar(root, "infra", "path")}/{Scalar(root, "infra", "module")}.parameters.json")));
    }

    [Fact]
    public void Hooks_PointAtScriptsThatExist()
    {
        string hook = Scalar(Root(), "hooks", "postprovision", "posix", "run");

        Assert.True(File.Exists(Repository.PathOf(hook.TrimStart('.', '/'))), $"{hook} does not exist");
    }

    [Fact]
    public void EveryService_HasAnAppTaggedWithItsName()
    {
        string[] tagged = [.. CompiledInfra.Main.AllResources().Where(resource => resource.Type == "Microsoft.Web/sites")
            .Select(app => ArmValue.Text(app.Property("tags.azd-service-name")))];

        foreach ((string name, _) in Services())
        {
            Assert.True(tagged.Contains(name), $"no Function app in infra/ is tagged azd-service-name: '{name}' (tagged: {string.Join(", ", tagged)})");
        }
    }
}
