using System.CommandLine;
using System.CommandLine.Invocation;
using RoboMakerDeploy.Cli.Commands;

namespace RoboMakerDeploy.Cli;

/// <summary>The robomaker-deploy command line: parses the arguments, runs the command and returns its exit code.</summary>
public static class CliApp
{
    /// <summary>The name of the command.</summary>
    public const string CommandName = "robomaker-deploy";

    private const string CredentialsHelp =
        "Credentials and Region come from the SDK's default chain: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; " +
        "AWS_PROFILE (or --profile) in ~/.aws/credentials and ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE), credential_process; " +
        "AWS_REGION or AWS_DEFAULT_REGION (or --region). Endpoint, FIPS, retry and app-id settings as every AWS SDK reads them; 'config' shows each and its source. " +
        "Exit codes: 0 success, 1 service or validation error, 2 bad usage, 3 a waited-on deployment ended Failed or Canceled.";

    /// <summary>Runs robomaker-deploy.</summary>
    /// <param name="args">The command-line arguments; none runs the demo.</param>
    /// <param name="environment">Where to write and how to build clients.</param>
    /// <param name="cancellationToken">Interrupts the command (Ctrl+C).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var root = BuildRootCommand(environment);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine("error: " + error.Message);
            }
            environment.Error.WriteLine($"Run '{CommandName} --help' for usage.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Builds the command tree.</summary>
    /// <param name="environment">Where the commands write and how they build clients.</param>
    /// <returns>The root command.</returns>
    public static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        var options = new GlobalOptions();
        var root = new RootCommand(
            "Deploy robot applications to AWS RoboMaker fleets and watch every robot's progress. " +
            "Without a command, runs the demo: an in-process emulator, a deployment to 8 robots with live progress, and a summary. " +
            CredentialsHelp);
        options.AddTo(root);
        foreach (var option in root.Options)
        {
            if (option is VersionOption version) version.Action = new SdkVersionAction();
        }
        var demo = DemoCommand.Create(environment, options);
        root.Subcommands.Add(demo);
        root.Subcommands.Add(CreateCommand.Create(environment, options));
        root.Subcommands.Add(DescribeCommand.Create(environment, options));
        root.Subcommands.Add(ListCommand.Create(environment, options));
        root.Subcommands.Add(SyncCommand.Create(environment, options));
        root.Subcommands.Add(CancelCommand.Create(environment, options));
        root.Subcommands.Add(WaitCommand.Create(environment, options));
        root.Subcommands.Add(ConfigCommand.Create(environment, options));
        root.Subcommands.Add(FleetCommands.Create(environment, options));
        root.Subcommands.Add(RobotCommands.Create(environment, options));
        root.Subcommands.Add(AppCommands.Create(environment, options));
        DemoCommand.SetAction(root, environment, options);
        return root;
    }
}
