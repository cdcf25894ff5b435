using Orchestration.Evidence.Packs;

namespace Orchestration.LocalHost.Commands;

/// <summary>
/// <c>verify &lt;pack.json&gt;</c>: checks an evidence pack offline. Exit 0 when intact, 1 when tampered with (the first bad
/// record's sequence is named), 2 on bad usage or a pack that cannot be read.
/// </summary>
public static class VerifyCommand
{
    public const int Intact = 0;
    public const int Tampered = 1;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count != 1 || args[0] is "-h" or "--help")
        {
            await error.WriteLineAsync("Usage: verify <evidence-pack.json>   (exit 0 intact, 1 tampered, 2 bad usage or unreadable pack)");
            return BadInput;
        }

        EvidencePack pack;
        try
        {
            pack = await EvidencePackJson.ReadFileAsync(args[0]);
        }
        catch (EvidencePackFormatException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return BadInput;
        }

        EvidenceVerification result = EvidenceVerifier.Verify(pack);
        await (result.IsIntact ? output : error).WriteLineAsync(result.Describe());
        return result.IsIntact ? Intact : Tampered;
    }
}
