using Orchestration.Api.Security;
using Orchestration.LocalHost.DevServer;
using Orchestration.TestKit;

namespace Orchestration.LocalHost.Tests.DevServer;

public sealed class DevServerKeysTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "of-keys-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Complete_NoKeysConfigured_GeneratesDistinctKeys()
    {
        ApiKeyOptions keys = new();

        DevServerKeys.Complete(keys, dataDirectory);

        Assert.True(keys.SystemKey!.Length >= 32 && keys.DefaultStarterKey!.Length >= 32 && keys.SystemKey != keys.DefaultStarterKey);
    }

    [Fact]
    public void Complete_SecondStart_ReusesTheSavedKeys()
    {
        ApiKeyOptions first = new();
        DevServerKeys.Complete(first, dataDirectory);
        ApiKeyOptions second = new();

        DevServerKeys.Complete(second, dataDirectory);

        Assert.Equal((first.SystemKey, first.DefaultStarterKey), (second.SystemKey, second.DefaultStarterKey));
    }

    [Fact]
    public void Complete_KeysConfigured_KeepsTheConfiguredKeys()
    {
        ApiKeyOptions keys = new() { SystemKey = "configured-system", DefaultStarterKey = "configured-starter" };

        DevServerKeys.Complete(keys, dataDirectory);

        Assert.Equal(("configured-system", "configured-starter"), (keys.SystemKey, keys.DefaultStarterKey));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Complete_SavedKeysFile_IsReadableByTheOwnerOnly()
    {
        DevServerKeys.Complete(new ApiKeyOptions(), dataDirectory);

        UnixFileMode mode = File.GetUnixFileMode(Path.Combine(dataDirectory, "keys.json"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public void DefaultDataDirectory_InsideTheRepository_IsTheBuildFolder()
    {
        string contentRoot = Path.Combine(RepositoryRoot.Path, "src", "Orchestration.LocalHost");

        string folder = DevServerOptions.DefaultDataDirectory(contentRoot);

        Assert.Equal(Path.Combine(RepositoryRoot.Path, ".build", "localhost"), folder);
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
