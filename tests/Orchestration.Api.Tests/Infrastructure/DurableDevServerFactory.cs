using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;

namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>
/// The same API with the Durable Task runtime under it instead of the engine: the registry the app composes runs on
/// the Durable Task SDK in process (<see cref="DurableWorkflowTestHost"/>), and every handler gets the Functions app's
/// client adapter as its <see cref="IWorkflowClient"/>, as the Functions app's HTTP functions do. Durable Functions'
/// own management routes are served by its extension in Azure; here our handlers serve them over the adapter, which
/// is what they would need to answer the same.
/// </summary>
public sealed class DurableDevServerFactory : DevServerFactory
{
    public override bool ServesHistory => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<DurableRuntime>();
            services.AddHostedService(sp => sp.GetRequiredService<DurableRuntime>());
            services.Replace(ServiceDescriptor.Singleton(sp => sp.GetRequiredService<DurableRuntime>().Client));
        });
    }

    // Starts with the app, over the registry the app composed; resolved by handlers once started.
    private sealed class DurableRuntime(WorkflowRegistry registry) : IHostedService, IAsyncDisposable
    {
        private DurableWorkflowTestHost? host;

        public IWorkflowClient Client => host?.Client ?? throw new InvalidOperationException("The Durable Task runtime has not started.");

        public async Task StartAsync(CancellationToken cancellationToken) => host = await DurableWorkflowTestHost.StartAsync(registry);

        public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

        public async ValueTask DisposeAsync()
        {
            if (host is not null)
            {
                await host.DisposeAsync();
                host = null;
            }
        }
    }
}
