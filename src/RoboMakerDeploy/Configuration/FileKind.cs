namespace RoboMakerDeploy;

/// <summary>What a path names, after following symbolic links (POSIX <c>st_mode &amp; S_IFMT</c>; see <see cref="FileKinds"/>).</summary>
internal enum FileKind
{
    /// <summary>The type could not be read (no <c>stat</c> this code knows on the platform, or the call failed): treated as a regular file.</summary>
    Unknown,

    /// <summary>Nothing at that path (or a symbolic link to nothing).</summary>
    Missing,

    /// <summary>A regular file (<c>S_IFREG</c>).</summary>
    Regular,

    /// <summary>A directory (<c>S_IFDIR</c>).</summary>
    Directory,

    /// <summary>A named pipe (<c>S_IFIFO</c>): opening it for reading blocks until a writer opens it.</summary>
    Fifo,

    /// <summary>A character device (<c>S_IFCHR</c>: <c>/dev/zero</c>, <c>/dev/tty</c>; on Windows a device such as <c>NUL</c>).</summary>
    CharacterDevice,

    /// <summary>A block device (<c>S_IFBLK</c>).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket (<c>S_IFSOCK</c>).</summary>
    Socket,
}
