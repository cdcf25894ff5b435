namespace Orchestration.Api.Tests.Browser;

/// <summary>The browser tests share one dev server and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollectionDefinition : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "Console in Chromium";
}
