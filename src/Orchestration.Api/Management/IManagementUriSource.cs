namespace Orchestration.Api.Management;

/// <summary>
/// A runtime client that knows where its runs are managed. Durable Functions' client binding does: its URLs carry the
/// host's base address, task hub and the extension's system key, which the Function app itself never sees.
/// </summary>
public interface IManagementUriSource
{
    /// <summary>Gets the status URL of a run, with the query string every management URL carries.</summary>
    /// <param name="instanceId">The run.</param>
    /// <returns>The URL.</returns>
    Uri GetStatusQueryUri(string instanceId);
}
