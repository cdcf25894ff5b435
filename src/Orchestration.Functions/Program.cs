using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Orchestration.Functions.Hosting;

// The same services as the local server; the Functions host runs the workflows on Durable Functions instead of the
// embedded engine, and the function classes forward to the registry and to Orchestration.Api.
FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFunctionsApp(builder.Configuration);
builder.Build().Run();

/// <summary>The Functions app's entry point; internal, so that test projects can also host the dev server's <c>Program</c>.</summary>
internal sealed partial class Program;
