namespace RoboMakerDeploy.Cli;

/// <summary>The exit codes of robomaker-deploy.</summary>
public static class ExitCodes
{
    /// <summary>The command succeeded (for a waited-on deployment: it ended Succeeded).</summary>
    public const int Success = 0;

    /// <summary>The service refused the request, the SDK's validation rejected it, or the endpoint could not be reached.</summary>
    public const int Error = 1;

    /// <summary>The command line could not be parsed (unknown command or option, missing or malformed value).</summary>
    public const int Usage = 2;

    /// <summary>A waited-on deployment ended Failed or Canceled.</summary>
    public const int DeploymentFailed = 3;

    /// <summary>The command was interrupted (Ctrl+C).</summary>
    public const int Interrupted = 130;
}
