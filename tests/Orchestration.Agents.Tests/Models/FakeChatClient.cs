using Microsoft.Extensions.AI;

namespace Orchestration.Agents.Tests.Models;

/// <summary>An <see cref="IChatClient"/> that answers what the test scripts and remembers what it was sent.</summary>
internal sealed class FakeChatClient(Func<ChatResponse> answer) : IChatClient
{
    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Received { get; } = [];

    public static FakeChatClient Answering(string text, ChatFinishReason? finishReason = null) =>
        new(() => Response(new ChatMessage(ChatRole.Assistant, text), finishReason ?? ChatFinishReason.Stop));

    public static FakeChatClient Answering(ChatMessage message, ChatFinishReason? finishReason) => new(() => Response(message, finishReason));

    public static ChatResponse Response(ChatMessage message, ChatFinishReason? finishReason) => new(message)
    {
        FinishReason = finishReason,
        ModelId = "gpt-4o-mini-2024-07-18",
        ResponseId = "chatcmpl-fake-1",
        Usage = new UsageDetails { InputTokenCount = 120, OutputTokenCount = 30 },
    };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Received.Add(([.. messages], options));
        return Task.FromResult(answer());
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The model agents do not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
