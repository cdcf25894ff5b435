using Orchestration.LocalHost.Samples;

namespace Orchestration.LocalHost.Tests.Samples;

public sealed class SampleCommandTests
{
    [Fact]
    public async Task RunAsync_InvoiceSample_PostsTheInvoiceAndReplaysIdentically()
    {
        using StringWriter output = new();

        int exitCode = await SampleCommand.RunAsync(output);

        Assert.Equal(0, exitCode);
        Assert.Contains("Status: Completed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"status\": \"Posted\"", output.ToString(), StringComparison.Ordinal);
    }
}
