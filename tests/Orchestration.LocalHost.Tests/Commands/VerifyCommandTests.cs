using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.LocalHost.Commands;

namespace Orchestration.LocalHost.Tests.Commands;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly EvidencePackFiles files = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task RunAsync_IntactSealedPack_Returns0AndSaysIntact()
    {
        string pack = files.Write(EvidencePackFiles.SealedPack());

        int exit = await VerifyCommand.RunAsync([pack], output, error);

        Assert.Equal((VerifyCommand.Intact, $"INTACT: run '{EvidencePackFiles.RunId}', 7 records, sealed."), (exit, output.ToString().Trim()));
    }

    [Fact]
    public async Task RunAsync_RecordEdited_Returns1NamingTheEditedSequence()
    {
        EvidencePack sealedPack = EvidencePackFiles.SealedPack();
        EvidenceRecord[] records = [.. sealedPack.Records];
        records[3] = records[3] with { Actor = "someone-else" };
        string pack = files.Write(sealedPack with { Records = records });

        int exit = await VerifyCommand.RunAsync([pack], output, error);

        Assert.Equal(VerifyCommand.Tampered, exit);
        Assert.StartsWith($"TAMPERED: run '{EvidencePackFiles.RunId}', record 3:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RecordRemoved_Returns1NamingTheRemovedSequence()
    {
        EvidencePack sealedPack = EvidencePackFiles.SealedPack();
        string pack = files.Write(sealedPack with { Records = [.. sealedPack.Records.Where(r => r.Sequence != 2)] });

        int exit = await VerifyCommand.RunAsync([pack], output, error);

        Assert.Equal(VerifyCommand.Tampered, exit);
        Assert.Contains("record 2:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoArgument_Returns2WithUsage()
    {
        int exit = await VerifyCommand.RunAsync([], output, error);

        Assert.Equal(VerifyCommand.BadInput, exit);
        Assert.StartsWith("Usage: verify", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TwoArguments_Returns2WithUsage()
    {
        string pack = files.Write(EvidencePackFiles.SealedPack());

        int exit = await VerifyCommand.RunAsync([pack, pack], output, error);

        Assert.Equal((VerifyCommand.BadInput, true), (exit, error.ToString().StartsWith("Usage: verify", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_NotJson_Returns2SayingThePackIsNotValid()
    {
        string pack = files.WriteText("{ \"format\": ");

        int exit = await VerifyCommand.RunAsync([pack], output, error);

        Assert.Equal((VerifyCommand.BadInput, true), (exit, error.ToString().Contains("not valid", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_OtherFormat_Returns2NamingTheFormat()
    {
        string pack = files.Write(EvidencePackFiles.SealedPack() with { Format = "orchestration-evidence-pack/0" });

        int exit = await VerifyCommand.RunAsync([pack], output, error);

        Assert.Equal((VerifyCommand.BadInput, true), (exit, error.ToString().Contains("orchestration-evidence-pack/0", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_MissingFile_Returns2SayingItCannotBeRead()
    {
        int exit = await VerifyCommand.RunAsync([files.MissingPath()], output, error);

        Assert.Equal((VerifyCommand.BadInput, true), (exit, error.ToString().Contains("cannot be read", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_TamperedPack_WritesNothingToOutput()
    {
        EvidencePack sealedPack = EvidencePackFiles.SealedPack();
        string pack = files.Write(sealedPack with { Records = [.. sealedPack.Records.Reverse()] });

        await VerifyCommand.RunAsync([pack], output, error);

        Assert.Equal(string.Empty, output.ToString());
    }

    public void Dispose()
    {
        files.Dispose();
        output.Dispose();
        error.Dispose();
    }
}
