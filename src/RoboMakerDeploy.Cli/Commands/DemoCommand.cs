using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>
/// <c>demo</c>, the default: starts the emulator in-process, deploys an application version to a fleet of
/// robots with live progress, then lists the fleet's jobs through the paginator.
/// </summary>
internal static class DemoCommand
{
    private const string Account = "123456789012";
    private const string FleetName = "demo-fleet";

    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var command = new Command(
            "demo",
            "Run the demo (the default without a command): start the RoboMaker emulator in-process, deploy to a fleet of 8 robots with live progress, list the fleet's jobs. Needs no AWS account.");
        SetAction(command, environment, options);
        return command;
    }

    /// <summary>Makes <paramref name="command"/> run the demo, with the demo's own options added to it.</summary>
    public static void SetAction(Command command, CliEnvironment environment, GlobalOptions options)
    {
        var robots = new Option<int?>("--robots") { HelpName = "N", Description = "How many robots the demo fleet has (default 8).", CustomParser = OptionParsers.ParsePositiveInt };
        var duration = new Option<int?>("--duration") { HelpName = "SECONDS", Description = "How long the demo deployment takes (default 8).", CustomParser = OptionParsers.ParsePositiveInt };
        var failRobot = new Option<int?>("--fail-robot")
        {
            HelpName = "N",
            Description = "Make robot N (1-based) crash at launch, to see a failed deployment (exit code 3).",
            CustomParser = OptionParsers.ParsePositiveInt,
        };
        command.Options.Add(robots);
        command.Options.Add(duration);
        command.Options.Add(failRobot);
        CommandRunner.SetAction(command, environment, options, (context, cancellationToken) => RunAsync(
            context,
            context.ParseResult.GetValue(robots) ?? 8,
            TimeSpan.FromSeconds(context.ParseResult.GetValue(duration) ?? 8),
            context.ParseResult.GetValue(failRobot),
            cancellationToken));
    }

    private static async Task<int> RunAsync(CommandContext context, int robotCount, TimeSpan duration, int? failRobot, CancellationToken cancellationToken)
    {
        var console = context.Environment.Console;
        var emulatorOptions = new RoboMakerEmulatorOptions
        {
            RobotsPerFleet = robotCount,
            JobDuration = duration,
            TimeProvider = context.Environment.EmulatorTimeProvider ?? TimeProvider.System,
        };
        if (failRobot is { } failing)
        {
            emulatorOptions.ScriptedFailures.Add(new ScriptedRobotFailure(FleetName, failing - 1, DeploymentJobErrorCode.RobotDeploymentAborted)
            {
                Step = RobotDeploymentStep.Launching,
                FailureReason = "The robot application crashed at launch (scripted by --fail-robot).",
            });
        }
        await using var emulator = await RoboMakerEmulator.StartAsync(emulatorOptions, cancellationToken);
        var region = emulator.Region;
        Say(context, $"RoboMaker emulator listening on [bold]{Markup.Escape(emulator.Endpoint.ToString())}[/] ({Markup.Escape(region)}), fleet [bold]{FleetName}[/] of {robotCount} robots.");

        using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
        {
            ServiceUrl = emulator.Endpoint,
            Region = region,
            Credentials = new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey),
            LoggerFactory = context.Verbose ? new StderrLoggerFactory(context.Environment.Error) : null,
        });

        var fleet = $"arn:aws:robomaker:{region}:{Account}:deployment-fleet/{FleetName}/1600000000000";
        var job = await client.CreateDeploymentJobAsync(
            new CreateDeploymentJobRequest
            {
                Fleet = fleet,
                DeploymentConfig = new DeploymentConfig
                {
                    ConcurrentDeploymentPercentage = 50,
                    FailureThresholdPercentage = 25,
                    RobotDeploymentTimeoutInSeconds = 600,
                    DownloadConditionFile = new S3Object { Bucket = "demo-robot-bundles", Key = "conditions/battery-above-30.sh" },
                },
                DeploymentApplicationConfigs =
                [
                    new DeploymentApplicationConfig
                    {
                        Application = $"arn:aws:robomaker:{region}:{Account}:robot-application/warehouse-picker/1600000000000",
                        ApplicationVersion = "7",
                        LaunchConfig = new DeploymentLaunchConfig
                        {
                            PackageName = "warehouse_picker",
                            LaunchFile = "picker.launch",
                            PreLaunchFile = "scripts/pre-launch.sh",
                            PostLaunchFile = "scripts/post-launch.sh",
                            EnvironmentVariables = new Dictionary<string, string> { ["PICKER_MODE"] = "demo" },
                        },
                    },
                ],
                Tags = new Dictionary<string, string> { ["purpose"] = "demo" },
            },
            cancellationToken);
        Say(context, $"Created deployment job [bold]{Markup.Escape(job.Arn ?? "-")}[/]: version 7 of warehouse-picker, 50% of the robots at a time.");

        var waitOptions = context.Environment.WaitOptions ?? new DeploymentWaitOptions
        {
            MinDelay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromMilliseconds(500),
            Timeout = TimeSpan.FromMinutes(1),
        };
        var final = await JobWaiting.ProgressView(context).RunAsync(progress => client.WaitForDeploymentJobAsync(job.Arn!, waitOptions, progress, cancellationToken));

        // Every job of the fleet, through the paginator (two per page, to show the pages).
        var jobs = new List<DeploymentJob>();
        var pages = 0;
        await foreach (var page in client.ListDeploymentJobPagesAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName(FleetName)], MaxResults = 2 }, cancellationToken))
        {
            pages++;
            jobs.AddRange(page.DeploymentJobs);
        }

        if (context.Json)
        {
            JsonOutput.Write(context.Environment.Out, final);
        }
        else
        {
            console.Write(JobTables.Robots(final));
            console.MarkupLine($"[bold]Jobs of fleet {FleetName}[/] ({pages} page{(pages == 1 ? string.Empty : "s")}):");
            console.Write(JobTables.Jobs(jobs));
            var succeeded = final.RobotDeploymentSummary.Count(static r => r.Status is RobotStatus.InSync);
            var color = final.Status is DeploymentStatus.Succeeded ? "green" : "red";
            console.MarkupLine($"Deployment [bold]{Markup.Escape(Names.Short(final.Arn))}[/] ended [{color}]{Markup.Escape(final.RawStatus ?? "-")}[/]: {succeeded} of {final.RobotDeploymentSummary.Count} robots in sync.");
        }
        return JobWaiting.ExitCodeOf(final, context.Environment);
    }

    private static void Say(CommandContext context, string markup)
    {
        if (context.Json) context.Environment.Error.WriteLine(Markup.Remove(markup));
        else context.Environment.Console.MarkupLine(markup);
    }
}
