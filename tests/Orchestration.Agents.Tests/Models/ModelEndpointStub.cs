using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Orchestration.Agents.Tests.Models;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on loopback, answering scripted replies in order, so the real OpenAI
/// SDK pipeline can be tested end to end. It records each request (path, authorization header, body). Over https (with a
/// throwaway self-signed certificate) when the test needs Entra ID, whose bearer tokens the SDK sends over TLS only.
/// </summary>
internal sealed class ModelEndpointStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<StubReply> replies = new();
    private readonly TaskCompletionSource stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly List<HttpClient> clients = [];

    private ModelEndpointStub(WebApplication app, X509Certificate2? certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2? Certificate { get; }

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<ModelEndpointStub> StartAsync(bool https = false)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        X509Certificate2? certificate = https ? SelfSigned() : null;
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }

        builder.Logging.ClearProviders();
        ModelEndpointStub stub = new(builder.Build(), certificate);
        stub.app.MapPost("/{**path}", stub.HandleAsync);
        await stub.app.StartAsync();
        stub.BaseUrl = stub.app.Urls.Single();
        return stub;
    }

    // A transport that trusts this stub's certificate and no other.
    public PipelineTransport TrustingTransport()
    {
        string thumbprint = Certificate?.Thumbprint ?? throw new InvalidOperationException("the stub is not on https");
        HttpClient client = new(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint });
        clients.Add(client);
        return new HttpClientPipelineTransport(client);
    }

    public ModelEndpointStub Reply(int status, string body)
    {
        replies.Enqueue(new StubReply(status, body, Hang: false));
        return this;
    }

    public ModelEndpointStub ReplyWithCompletion(string content, string finishReason = "stop") => Reply(200, Completion(content, finishReason));

    // Never answers: the client's timeout has to end the call. Released when the stub stops.
    public ModelEndpointStub Hang()
    {
        replies.Enqueue(new StubReply(200, string.Empty, Hang: true));
        return this;
    }

    public static string Completion(string? content, string finishReason = "stop", string? refusal = null, JsonArray? toolCalls = null)
    {
        JsonObject message = new() { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal };
        if (toolCalls is not null)
        {
            message["tool_calls"] = toolCalls;
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-stub-42",
            ["object"] = "chat.completion",
            ["created"] = 1767603600,
            ["model"] = "gpt-4o-mini-2024-07-18",
            ["system_fingerprint"] = "fp_stub_0712",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 211, ["completion_tokens"] = 37, ["total_tokens"] = 248 },
        }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        stopping.TrySetResult();
        await app.StopAsync();
        await app.DisposeAsync();
        clients.ForEach(client => client.Dispose());
        Certificate?.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using RSA key = RSA.Create(2048);
        CertificateRequest request = new("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        SubjectAlternativeNameBuilder names = new();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        using X509Certificate2 created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using StreamReader reader = new(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new StubRequest(context.Request.Path, context.Request.Headers.Authorization.ToString(), JsonNode.Parse(body)!.AsObject()));
        StubReply reply = replies.TryDequeue(out StubReply? next) ? next : new StubReply(500, """{"error":{"message":"no reply scripted"}}""", false);
        if (reply.Hang)
        {
            await Task.WhenAny(stopping.Task, Task.Delay(Timeout.Infinite, context.RequestAborted));
            return;
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private sealed record StubReply(int Status, string Body, bool Hang);
}

/// <summary>A request the stub received.</summary>
internal sealed record StubRequest(string Path, string Authorization, JsonObject Body);
