using Azure.Core;

namespace Orchestration.Agents.Tests.Models;

/// <summary>An Entra ID credential that hands out a fixed token and remembers the scopes it was asked for.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-entra-token";

    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes.AddRange(requestContext.Scopes);
        return new AccessToken(Token, DateTimeOffset.MaxValue);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
