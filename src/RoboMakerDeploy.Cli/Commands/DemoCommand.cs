using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>
/// <c>demo</c>, the default: starts the emulator in-process in strict mode, builds its world through the API (a
/// fleet, its robots, a robot application with a source per architecture and a version), deploys that version to
/// the fleet with live progress, then lists the fleet's jobs through the paginator.
/// </summary>
internal static class DemoCommand
{
    private const string FleetName = "demo-fleet";
    private const string AppName = "warehouse-picker";
    private const string Bucket = "demo-robot-bundles";

    // The robots alternate between the architectures the application has a source for.
    private static readonly (Architecture Value, string Wire)[] Architectures = [(Architecture.X86_64, "X86_64"), (Architecture.ARM64, "ARM64")];

    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var command = new Command(
            "demo",
            "Run the demo (the default without a command): start the RoboMaker emulator in-process, create a fleet of 8 robots and an application version through the API, deploy it with live progress, list the fleet's jobs. Needs no AWS account.");
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
        // Strict: nothing is created behind the demo's back; the fleet, robots and application come from its own calls.
        var emulatorOptions = new RoboMakerEmulatorOptions
        {
            WorldMode = EmulatorWorldMode.Strict,
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
        Say(context, $"RoboMaker emulator listening on [bold]{Markup.Escape(emulator.Endpoint.ToString())}[/] ({Markup.Escape(region)}), strict world: nothing exists until the demo creates it.");

        using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
        {
            ServiceUrl = emulator.Endpoint,
            Region = region,
            Credentials = new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey),
            LoggerFactory = context.Verbose ? new StderrLoggerFactory(context.Environment.Error) : null,
        });

        var world = await BuildWorldAsync(client, robotCount, cancellationToken);
        Say(context, $"Built through the API: fleet [bold]{FleetName}[/] of {robotCount} registered robots ({Markup.Escape(world.Architectures)}), application [bold]{AppName}[/] version {Markup.Escape(world.Version)} with a source per architecture.");

        var job = await client.CreateDeploymentJobAsync(
            new CreateDeploymentJobRequest
            {
                Fleet = world.Fleet,
                DeploymentConfig = new DeploymentConfig
                {
                    ConcurrentDeploymentPercentage = 50,
                    FailureThresholdPercentage = 25,
                    RobotDeploymentTimeoutInSeconds = 600,
                    DownloadConditionFile = new S3Object { Bucket = Bucket, Key = "conditions/battery-above-30.sh" },
                },
                DeploymentApplicationConfigs =
                [
                    new DeploymentApplicationConfig
                    {
                        Application = world.Application,
                        ApplicationVersion = world.Version,
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
        Say(context, $"Created deployment job [bold]{DisplayText.Markup(job.Arn ?? "-")}[/]: version {Markup.Escape(world.Version)} of {AppName}, 50% of the robots at a time.");

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
            console.MarkupLine($"Deployment [bold]{DisplayText.Markup(Names.Short(final.Arn))}[/] ended [{color}]{DisplayText.Markup(final.RawStatus ?? "-")}[/]: {succeeded} of {final.RobotDeploymentSummary.Count} robots in sync.");
        }
        return JobWaiting.ExitCodeOf(final, context.Environment);
    }

    /// <summary>
    /// Builds the demo's world through the API: CreateFleet, CreateRobot and RegisterRobot per robot (in order, so
    /// <c>--fail-robot N</c> is the Nth registered), CreateRobotApplication with a source per architecture, and
    /// CreateRobotApplicationVersion.
    /// </summary>
    private static async Task<DemoWorld> BuildWorldAsync(RoboMakerDeployClient client, int robotCount, CancellationToken cancellationToken)
    {
        var fleet = await client.CreateFleetAsync(new CreateFleetRequest { Name = FleetName, Tags = new Dictionary<string, string> { ["purpose"] = "demo" } }, cancellationToken);
        for (var i = 1; i <= robotCount; i++)
        {
            var robot = await client.CreateRobotAsync(
                new CreateRobotRequest
                {
                    Name = $"{FleetName}-robot-{i:D2}",
                    Architecture = Architectures[(i - 1) % Architectures.Length].Value,
                    // A Greengrass group id is a UUID; these are fixed so the demo's world is the same every run.
                    GreengrassGroupId = $"00000000-0000-4000-8000-{i:D12}",
                },
                cancellationToken);
            await client.RegisterRobotAsync(new RegisterRobotRequest { Fleet = fleet.Arn!, Robot = robot.Arn! }, cancellationToken);
        }

        var application = await client.CreateRobotApplicationAsync(
            new CreateRobotApplicationRequest
            {
                Name = AppName,
                RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS2, Version = RobotSoftwareSuiteVersionType.Foxy },
                Sources = [.. Architectures.Select(static a => new SourceConfig { S3Bucket = Bucket, S3Key = $"bundles/{AppName}-{a.Wire}.tar.gz", Architecture = a.Value })],
            },
            cancellationToken);
        var version = await client.CreateRobotApplicationVersionAsync(new CreateRobotApplicationVersionRequest { Application = application.Arn! }, cancellationToken);
        // Robot i (0-based) has architecture i mod n: architecture k has ceil((count - k) / n) robots.
        var architectures = string.Join(", ", Architectures.Select((a, k) => $"{(robotCount - k + Architectures.Length - 1) / Architectures.Length} {a.Wire}"));
        return new DemoWorld(fleet.Arn!, application.Arn!, version.Version!, architectures);
    }

    private sealed record DemoWorld(string Fleet, string Application, string Version, string Architectures);

    private static void Say(CommandContext context, string markup)
    {
        if (context.Json) context.Environment.Error.WriteLine(Markup.Remove(markup));
        else context.Environment.Console.MarkupLine(markup);
    }
}
