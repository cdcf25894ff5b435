namespace Orchestration.Functions.Hosting;

/// <summary>
/// The app settings that the Functions host, <c>host.json</c> and the Functions app read themselves. The deployment
/// tests require each one in <c>local.settings.sample.json</c> and in the Function app's settings in <c>infra/</c>,
/// as they do for every other <c>*SettingNames</c> class of the product.
/// </summary>
public static class FunctionsSettingNames
{
    /// <summary>The worker runtime, <c>dotnet-isolated</c>. Flex Consumption takes it from the app's runtime configuration instead.</summary>
    public const string WorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>
    /// The host's storage connection, which Durable Functions' task hub uses too. Locally <c>UseDevelopmentStorage=true</c>
    /// (Azurite); in Azure an identity-based connection (<c>AzureWebJobsStorage__accountName</c>, <c>__credential</c>, <c>__clientId</c>).
    /// </summary>
    public const string Storage = "AzureWebJobsStorage";

    /// <summary>The Durable Functions task hub name, referenced by <c>host.json</c> as <c>%TASKHUB_NAME%</c>.</summary>
    public const string TaskHub = "TASKHUB_NAME";
}
