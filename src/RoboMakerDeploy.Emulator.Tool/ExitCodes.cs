namespace RoboMakerDeploy.Emulator.Tool;

/// <summary>The exit codes of robomaker-emulator.</summary>
internal static class ExitCodes
{
    /// <summary>The server ran and was stopped (Ctrl+C, SIGTERM), or help or the version was printed.</summary>
    public const int Success = 0;

    /// <summary>The server could not start (the port is taken, the state file cannot be read) or the world could not be saved.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage: an unknown option or a value out of range.</summary>
    public const int Usage = 2;
}
