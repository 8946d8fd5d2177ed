using RoboMakerDeploy.Cli;
using Spectre.Console.Testing;

namespace RoboMakerDeploy.Cli.Tests;

/// <summary>Runs robomaker-deploy in-process with captured output, test credentials and no polling delays.</summary>
internal sealed class CliHarness
{
    public CliHarness(bool interactive = false)
    {
        Console = new TestConsole();
        Console.Profile.Width = 240;
        if (interactive) Console.Interactive();
        Interactive = interactive;
    }

    public TestConsole Console { get; }

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public bool Interactive { get; }

    /// <summary>Everything written to standard output: the console's rendering and the plain writer's lines.</summary>
    public string StandardOutput => Console.Output + Out;

    /// <summary>The clock of the demo's emulator: moves on by itself, so the demo's job ends without waiting in real time.</summary>
    public TimeProvider EmulatorClock { get; } = new VirtualClock(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(50) };

    public CliEnvironment Environment => new()
    {
        Console = Console,
        Out = Out,
        Error = Error,
        Interactive = Interactive,
        ConfigureClient = static options =>
        {
            options.Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
            options.Region ??= "us-west-2";
            options.MaxAttempts = 1;
        },
        WaitOptions = new DeploymentWaitOptions { MinDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        EmulatorTimeProvider = EmulatorClock,
    };

    public Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, Environment, CancellationToken.None);
}
