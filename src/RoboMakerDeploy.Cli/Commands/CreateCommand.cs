using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>create</c>: CreateDeploymentJob, optionally waiting for the outcome.</summary>
internal static class CreateCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = Required("--fleet", "ARN", "The ARN of the fleet to deploy to.");
        var application = Required("--application", "ARN", "The ARN of the robot application.");
        var version = Required("--application-version", "V", "The numbered application version to deploy ($LATEST cannot be deployed).");
        var package = Required("--package", "NAME", "The package name of the launch configuration.");
        var launchFile = Required("--launch-file", "FILE", "The launch file.");
        var preLaunch = new Option<string?>("--pre-launch-file") { HelpName = "F", Description = "A script run on each robot before the launch file." };
        var postLaunch = new Option<string?>("--post-launch-file") { HelpName = "F", Description = "A script run on each robot after the launch file." };
        var env = KeyValues("--env", "An environment variable of the robot application (repeatable, at most 20).");
        var concurrent = new Option<int?>("--concurrent-percentage") { HelpName = "N", Description = "The percentage of robots deployed to at the same time (1-100).", CustomParser = OptionParsers.IntInRange(1, 100) };
        var threshold = new Option<int?>("--failure-threshold-percentage") { HelpName = "N", Description = "The percentage of failed robots that stops the deployment (1-100).", CustomParser = OptionParsers.IntInRange(1, 100) };
        var robotTimeout = new Option<long?>("--robot-timeout") { HelpName = "SECONDS", Description = "How long one robot's deployment may take (60 to 604800 seconds).", CustomParser = OptionParsers.LongInRange(60, 604_800) };
        var downloadCondition = new Option<S3Object?>("--download-condition")
        {
            HelpName = "s3://bucket/key[#etag]",
            Description = "A download condition file run on each robot before the download.",
            CustomParser = OptionParsers.ParseS3Object,
        };
        var tags = KeyValues("--tag", "A tag of the deployment job (repeatable, at most 50).");
        var token = new Option<string?>("--client-token") { HelpName = "T", Description = "The idempotency token; a retried command with the same token starts no second deployment. Default: generated." };
        var wait = new Option<bool>("--wait") { Description = "Wait until the deployment ends, showing each robot's progress; exit code 3 if it fails or is canceled." };

        var command = new Command("create", "Deploy a robot application version to a fleet (CreateDeploymentJob).")
        {
            fleet, application, version, package, launchFile, preLaunch, postLaunch, env, concurrent, threshold, robotTimeout, downloadCondition, tags, token, wait,
        };

        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            DeploymentConfig? config = null;
            if (pr.GetValue(concurrent) is not null || pr.GetValue(threshold) is not null || pr.GetValue(robotTimeout) is not null || pr.GetValue(downloadCondition) is not null)
            {
                config = new DeploymentConfig
                {
                    ConcurrentDeploymentPercentage = pr.GetValue(concurrent),
                    FailureThresholdPercentage = pr.GetValue(threshold),
                    RobotDeploymentTimeoutInSeconds = pr.GetValue(robotTimeout),
                    DownloadConditionFile = pr.GetValue(downloadCondition),
                };
            }
            var request = new CreateDeploymentJobRequest
            {
                Fleet = pr.GetRequiredValue(fleet),
                ClientRequestToken = pr.GetValue(token),
                DeploymentConfig = config,
                Tags = pr.GetValue(tags),
                DeploymentApplicationConfigs =
                [
                    new DeploymentApplicationConfig
                    {
                        Application = pr.GetRequiredValue(application),
                        ApplicationVersion = pr.GetRequiredValue(version),
                        LaunchConfig = new DeploymentLaunchConfig
                        {
                            PackageName = pr.GetRequiredValue(package),
                            LaunchFile = pr.GetRequiredValue(launchFile),
                            PreLaunchFile = pr.GetValue(preLaunch),
                            PostLaunchFile = pr.GetValue(postLaunch),
                            EnvironmentVariables = pr.GetValue(env),
                        },
                    },
                ],
            };

            using var client = context.CreateClient();
            var created = await client.CreateDeploymentJobAsync(request, cancellationToken);
            return await JobOutput.CreatedAsync(context, client, created, created.Tags, pr.GetValue(wait), cancellationToken);
        });
        return command;
    }

    internal static Option<string> Required(string name, string helpName, string description) =>
        new(name) { Required = true, HelpName = helpName, Description = description };

    internal static Option<Dictionary<string, string>?> KeyValues(string name, string description) =>
        new(name)
        {
            HelpName = "KEY=VALUE",
            Description = description,
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = OptionParsers.ParseKeyValues,
        };
}
