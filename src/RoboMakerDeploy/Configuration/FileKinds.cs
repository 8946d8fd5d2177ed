using System.Runtime.InteropServices;
using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// Tells what a path names without opening it: opening a named pipe for reading blocks until a writer comes, and
/// .NET 8 and 10 have no public API for the file type (<see cref="File.GetAttributes(string)"/> says
/// <see cref="FileAttributes.Normal"/> for a FIFO, <see cref="File.GetUnixFileMode(string)"/> keeps only the
/// permission bits). On Linux it calls libc's <c>statx</c> (glibc 2.28+, musl 1.2.5+), whose result layout is the
/// same on every architecture (<c>stx_mode</c> at byte 28); on macOS <c>stat</c> (<c>stat$INODE64</c> on x64), whose
/// <c>st_mode</c> is at byte 4. Both follow symbolic links, so a link to a regular file is a regular file. The
/// function is looked up in the process's own symbols (<see cref="NativeLibrary.GetMainProgramHandle"/>), where libc
/// is, and called through a function pointer: no marshalling, no reflection, Native-AOT-clean. Elsewhere, or when the
/// call is not found or fails, the answer is <see cref="FileKind.Unknown"/> (directories are still told apart).
/// </summary>
internal static unsafe class FileKinds
{
    private const int AtFdCwd = -100;          // AT_FDCWD: a relative path is relative to the working directory
    private const uint StatxType = 0x0001;     // STATX_TYPE: only the file type is wanted
    private const int StatxModeOffset = 28;    // struct statx: stx_mask(4) stx_blksize(4) stx_attributes(8) stx_nlink(4) stx_uid(4) stx_gid(4) stx_mode(2)
    private const int DarwinModeOffset = 4;    // struct stat (64-bit inodes): st_dev(4) st_mode(2)
    private const int BufferSize = 512;        // struct statx is 256 bytes, macOS's struct stat 144

    private static readonly nint Statx = Find(OperatingSystem.IsLinux(), "statx");
    private static readonly nint DarwinStat = OperatingSystem.IsMacOS()
        ? (RuntimeInformation.ProcessArchitecture == Architecture.X64 ? Find(true, "stat$INODE64") : Find(true, "stat"))
        : 0;

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The kind; <see cref="FileKind.Unknown"/> when it cannot be told.</returns>
    public static FileKind Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path) || IsDanglingLink(path)) return FileKind.Missing;
        if (OperatingSystem.IsWindows())
        {
            // No FIFOs in a Windows file system; a device name (NUL, CON, \\.\pipe\x) has the Device attribute.
            return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? FileKind.CharacterDevice : FileKind.Regular;
        }
        return Mode(path) is { } mode ? FromMode(mode) : FileKind.Unknown;
    }

    /// <summary>The kind from a POSIX mode's type bits (the same values on Linux and macOS).</summary>
    /// <param name="mode">The <c>st_mode</c>.</param>
    /// <returns>The kind.</returns>
    internal static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>A few words for an error message: "a named pipe (FIFO)", "a directory".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The words.</returns>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "of an unknown type",
    };

    private static int? Mode(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = stackalloc byte[BufferSize];
        fixed (byte* name = bytes)
        {
            if (Statx != 0)
            {
                var statx = (delegate* unmanaged<int, byte*, int, uint, byte*, int>)Statx;
                return statx(AtFdCwd, name, 0, StatxType, buffer) == 0 ? *(ushort*)(buffer + StatxModeOffset) : null;
            }
            if (DarwinStat != 0)
            {
                var stat = (delegate* unmanaged<byte*, byte*, int>)DarwinStat;
                return stat(name, buffer) == 0 ? *(ushort*)(buffer + DarwinModeOffset) : null;
            }
        }
        return null;
    }

    /// <summary>A symbolic link whose final target does not exist (<see cref="File.Exists(string)"/> says true for it): no file, as for the AWS CLI.</summary>
    private static bool IsDanglingLink(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true) is { Exists: false };
        }
        catch (IOException)
        {
            return false; // a loop of links: left to the read, which reports it
        }
    }

    private static nint Find(bool platform, string name) =>
        platform && NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), name, out var address) ? address : 0;
}
