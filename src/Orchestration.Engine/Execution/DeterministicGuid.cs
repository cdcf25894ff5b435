using System.Security.Cryptography;
using System.Text;

namespace Orchestration.Engine.Execution;

/// <summary>
/// Name-based (RFC 4122 version 5) GUIDs: the same name always gives the same GUID, so replays agree. Durable Task's
/// namespace id and name (instance id, time, counter): a run gets on Azure the GUIDs it gets here, so what the code
/// derives from them (activity inputs, sub-workflow instance ids) is decided the same on both runtimes.
/// </summary>
internal static class DeterministicGuid
{
    // The namespace durabletask-dotnet's TaskOrchestrationContext.NewGuid hashes under.
    private static readonly byte[] NamespaceBytes = new Guid("9e952958-5e33-4daf-827f-2fa12937b875").ToByteArray(bigEndian: true);

    public static Guid Create(string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] buffer = new byte[NamespaceBytes.Length + nameBytes.Length];
        NamespaceBytes.CopyTo(buffer, 0);
        nameBytes.CopyTo(buffer, NamespaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 prescribes for version 5; this is an identifier, not a signature.
        byte[] hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        Span<byte> bytes = hash.AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
