using System.Runtime.InteropServices;
using System.Text;

namespace Orchestration.Engine.CrashHost;

/// <summary>
/// A log file that each line reaches in one write(2) on an O_APPEND descriptor, so a line is whole and lands at the
/// end even with many activities writing at once. .NET's own FileMode.Append seeks once and then writes at its own
/// offsets, which would let two writers overwrite each other.
/// </summary>
public sealed partial class AppendOnlyLog : IDisposable
{
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Append = 0x400;
    private const int CloseOnExec = 0x80000;
    private const int ReadWriteForOwnerReadForOthers = 0x1A4; // 0644

    private readonly int descriptor;

    /// <summary>Initializes a new instance of the <see cref="AppendOnlyLog"/> class, creating the file when missing.</summary>
    /// <param name="path">The log file.</param>
    public AppendOnlyLog(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The crash host's append-only log uses Linux open(2) flags.");
        }

        descriptor = Open(path, WriteOnly | Create | Append | CloseOnExec, ReadWriteForOwnerReadForOthers);
        if (descriptor < 0)
        {
            throw new IOException($"open({path}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>Appends one line in a single write call; it is in the file (the page cache) when this returns.</summary>
    /// <param name="line">The line, without its newline.</param>
    public void AppendLine(string line)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line + "\n");
        nint written = WriteBytes(descriptor, bytes, bytes.Length);
        if (written != bytes.Length)
        {
            throw new IOException($"write(2) of a log line wrote {written} of {bytes.Length} bytes, errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _ = CloseDescriptor(descriptor);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteBytes(int fd, ReadOnlySpan<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int fd);
}
