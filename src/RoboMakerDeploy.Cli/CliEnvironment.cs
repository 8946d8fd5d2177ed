using Spectre.Console;

namespace RoboMakerDeploy.Cli;

/// <summary>
/// Where robomaker-deploy writes and how it builds its clients: the real console in the program, captured
/// writers and test settings in tests.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>The console that renders tables and live progress bars (standard output).</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Standard output, for plain text: JSON documents and one-line-per-change progress.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: error lines, and with <c>--verbose</c> the SDK's log and stack traces.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Whether standard output is an interactive terminal, so progress can be drawn as live bars.</summary>
    public bool Interactive { get; init; }

    /// <summary>Adjusts the options of every client a command creates (tests set credentials and retries here).</summary>
    public Action<RoboMakerDeployClientOptions>? ConfigureClient { get; init; }

    /// <summary>The polling settings of waits (<c>--wait</c>, <c>wait</c>); null for the SDK's defaults. <c>--timeout</c> is applied on top.</summary>
    public DeploymentWaitOptions? WaitOptions { get; init; }

    /// <summary>The clock of the demo's in-process emulator; null for the system clock. Tests pass a clock that moves on by itself.</summary>
    public TimeProvider? EmulatorTimeProvider { get; init; }

    /// <summary>The environment of the running process: the terminal's console, standard output and standard error.</summary>
    /// <returns>The environment.</returns>
    public static CliEnvironment CreateDefault()
    {
        var console = AnsiConsole.Console;
        // Redirected to a file or pipe there is no terminal width: give tables room instead of wrapping at 80 columns.
        if (System.Console.IsOutputRedirected) console.Profile.Width = 160;
        return new CliEnvironment
        {
            Console = console,
            Out = System.Console.Out,
            Error = System.Console.Error,
            Interactive = !System.Console.IsOutputRedirected && console.Profile.Capabilities.Interactive,
        };
    }
}
