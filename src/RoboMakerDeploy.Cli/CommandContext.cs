using System.CommandLine;

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

    /// <summary>
    /// A client for the chosen endpoint, Region and profile, with credentials from the SDK's default chain. Without
    /// <c>--endpoint</c> the SDK resolves it (AWS_ENDPOINT_URL_ROBOMAKER, AWS_ENDPOINT_URL, the profile, the Region's).
    /// With <c>--verbose</c>, first writes where each setting came from to standard error.
    /// </summary>
    public RoboMakerDeployClient CreateClient()
    {
        var clientOptions = ClientOptions();
        if (Verbose) Commands.ConfigCommand.WriteLines(Environment.Error, RoboMakerDeploy.ResolvedConfiguration.Describe(clientOptions));
        return new RoboMakerDeployClient(clientOptions);
    }

    /// <summary>The options of the clients commands create: the global options, then the environment's adjustments.</summary>
    public RoboMakerDeployClientOptions ClientOptions()
    {
        var clientOptions = new RoboMakerDeployClientOptions
        {
            ServiceUrl = Endpoint,
            Region = Region,
            Profile = Profile,
            LoggerFactory = Verbose ? new StderrLoggerFactory(Environment.Error) : null,
        };
        Environment.ConfigureClient?.Invoke(clientOptions);
        return clientOptions;
    }

    /// <summary>The polling settings of a wait, with an optional overall timeout.</summary>
    public DeploymentWaitOptions WaitOptions(TimeSpan? timeout = null)
    {
        var wait = Environment.WaitOptions ?? new DeploymentWaitOptions();
        return timeout is null ? wait : wait with { Timeout = timeout };
    }
}
