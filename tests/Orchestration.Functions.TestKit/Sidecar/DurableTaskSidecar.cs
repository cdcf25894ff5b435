using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orchestration.Functions.TestKit.Sidecar;

/// <summary>
/// The Durable Task SDK's gRPC sidecar (the in-process test host's <see cref="TaskHubGrpcServer"/>) over any backend,
/// on a free loopback port: what a Durable Task worker and client talk to, as the Functions host's Durable extension
/// is for the isolated worker in Azure.
/// </summary>
public sealed class DurableTaskSidecar : IAsyncDisposable
{
    private readonly WebApplication server;

    private DurableTaskSidecar(WebApplication server, GrpcChannel channel)
    {
        this.server = server;
        Channel = channel;
    }

    /// <summary>Gets the channel to the sidecar.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Starts a sidecar over a backend.</summary>
    /// <param name="service">The backend's work-item side.</param>
    /// <param name="client">The backend's client side (queries and purges too, when it offers them).</param>
    /// <param name="loggers">Where the sidecar logs; warnings and above.</param>
    /// <returns>The running sidecar.</returns>
    public static async Task<DurableTaskSidecar> StartAsync(IOrchestrationService service, IOrchestrationServiceClient client, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(loggers);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = null);
        builder.Services.AddSingleton(service).AddSingleton(client).AddSingleton<TaskHubGrpcServer>();
        WebApplication server = builder.Build();
        server.MapGrpcService<TaskHubGrpcServer>();
        await server.StartAsync();
        string address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DurableTaskSidecar(server, GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = null }));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Channel.ShutdownAsync();
        Channel.Dispose();
        await server.StopAsync();
        await server.DisposeAsync();
    }
}
