using System.CommandLine;
using RoboMakerDeploy.Waiting;

namespace RoboMakerDeploy.Cli;

/// <summary>What one command invocation needs: the environment and the values of the global options.</summary>
internal sealed class CommandContext(CliEnvironment environment, ParseResult parseResult, GlobalOptions options)
{
    public CliEnvironment Environment { get; } = environment;

    public ParseResult ParseResult { get; } = parseResult;

    public Uri? Endpoint { get; } = parseResult.GetValue(options.Endpoint);

    public string? Region { get; } = parseResult.GetValue(options.Region);

    public string? Profile { get; } = parseResult.GetValue(options.Profile);

    public bool Json { get; } = parseResult.GetValue(options.Output) == "json";

    public bool Verbose { get; } = parseResult.GetValue(options.Verbose);

    /// <summary>A client for the chosen endpoint, Region and profile, with credentials from the SDK's default chain.</summary>
    public RoboMakerDeployClient CreateClient()
    {
        var clientOptions = new RoboMakerDeployClientOptions
        {
            ServiceUrl = Endpoint,
            Region = Region,
            Profile = Profile,
            LoggerFactory = Verbose ? new StderrLoggerFactory(Environment.Error) : null,
        };
        Environment.ConfigureClient?.Invoke(clientOptions);
        return new RoboMakerDeployClient(clientOptions);
    }

    /// <summary>The polling settings of a wait, with an optional overall timeout.</summary>
    public DeploymentWaitOptions WaitOptions(TimeSpan? timeout = null)
    {
        var wait = Environment.WaitOptions ?? new DeploymentWaitOptions();
        return timeout is null ? wait : wait with { Timeout = timeout };
    }
}
