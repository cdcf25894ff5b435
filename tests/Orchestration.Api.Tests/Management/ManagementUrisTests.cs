using Microsoft.AspNetCore.Http;
using Moq;
using Orchestration.Abstractions;
using Orchestration.Api.Management;

namespace Orchestration.Api.Tests.Management;

public sealed class ManagementUrisTests
{
    [Fact]
    public void For_MockedDurableFunctionsClientWithItsOwnUrls_BuildsEveryUrlFromItsStatusUrl()
    {
        Mock<IWorkflowClient> client = new();
        client.As<IManagementUriSource>().Setup(s => s.GetStatusQueryUri("run-1")).Returns(
            new Uri("https://contoso-fn.azurewebsites.net/runtime/webhooks/durabletask/instances/run-1?taskHub=prod&connection=Storage&code=sys-key"));

        ManagementPayload payload = ManagementUris.For(new DefaultHttpContext(), client.Object, "run-1");

        Assert.Equal(
            "https://contoso-fn.azurewebsites.net/runtime/webhooks/durabletask/instances/run-1/terminate?reason={text}&taskHub=prod&connection=Storage&code=sys-key",
            payload.TerminatePostUri);
    }
}
