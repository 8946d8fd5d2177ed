namespace RoboMakerDeploy.Tests.Configuration;

/// <summary>A fact that needs POSIX file types (named pipes, devices): skipped on Windows, which has none in its file system.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixOnlyFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> on Windows.</summary>
    public UnixOnlyFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Named pipes (mkfifo) and /dev devices are POSIX file types; a Windows file system has none.";
    }
}
