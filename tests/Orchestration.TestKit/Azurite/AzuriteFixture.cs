using Xunit;

namespace Orchestration.TestKit.Azurite;

/// <summary>
/// One Azurite for a test class or collection: <c>IClassFixture&lt;AzuriteFixture&gt;</c> or a collection fixture.
/// Tests isolate themselves by table, container or partition names of their own.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    /// <summary>Gets the running server.</summary>
    public AzuriteServer Server => server ?? throw new InvalidOperationException("Azurite has not started.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => server = await AzuriteServer.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
