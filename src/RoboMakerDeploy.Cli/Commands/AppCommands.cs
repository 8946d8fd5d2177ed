using System.CommandLine;
using System.CommandLine.Parsing;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>
/// <c>app</c>: CreateRobotApplication, CreateRobotApplicationVersion, DescribeRobotApplication, ListRobotApplications,
/// UpdateRobotApplication and DeleteRobotApplication.
/// </summary>
internal static class AppCommands
{
    private static readonly string[] Suites = ["ROS", "ROS2", "General"];
    private static readonly string[] SuiteVersions = ["Kinetic", "Melodic", "Dashing", "Foxy"];
    private static readonly string[] Architectures = ["X86_64", "ARM64", "ARMHF"];

    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var group = new Command("app", "Create, version, describe, list, update and delete robot applications.");
        group.Subcommands.Add(CreateApp(environment, options));
        group.Subcommands.Add(CreateVersion(environment, options));
        group.Subcommands.Add(DescribeApp(environment, options));
        group.Subcommands.Add(ListApps(environment, options));
        group.Subcommands.Add(UpdateApp(environment, options));
        group.Subcommands.Add(DeleteApp(environment, options));
        return group;
    }

    /// <summary>The options that say what an application is made of (create and update).</summary>
    private sealed class ContentOptions
    {
        public Option<string> Suite { get; } = ResourceOptions.OneOf("--suite", "The robot software suite.", required: true, Suites);

        public Option<string?> SuiteVersion { get; } = CreateSuiteVersion();

        public Option<List<SourceConfig>?> Sources { get; } = new("--source")
        {
            HelpName = "ARCH=s3://BUCKET/KEY",
            Description = "A source bundle and its architecture (" + string.Join(", ", Architectures) + "); repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = ParseSources,
        };

        public Option<string?> Image { get; } = new("--image") { HelpName = "URI", Description = "The container image (an ECR URI) instead of source bundles." };

        public void AddTo(Command command)
        {
            command.Options.Add(Suite);
            command.Options.Add(SuiteVersion);
            command.Options.Add(Sources);
            command.Options.Add(Image);
        }

        // Absent, the option's value is an empty list; the request leaves the member out instead.
        public List<SourceConfig>? SourcesOf(ParseResult pr) => pr.GetValue(Sources) is { Count: > 0 } sources ? sources : null;

        public RobotSoftwareSuite SuiteOf(ParseResult pr) => new() { RawName = pr.GetRequiredValue(Suite), RawVersion = pr.GetValue(SuiteVersion) };

        public Models.Environment? EnvironmentOf(ParseResult pr) => pr.GetValue(Image) is { } uri ? new Models.Environment { Uri = uri } : null;

        private static Option<string?> CreateSuiteVersion()
        {
            var option = new Option<string?>("--suite-version") { HelpName = string.Join('|', SuiteVersions), Description = "The version of the robot software suite." };
            option.AcceptOnlyFromAmong(SuiteVersions);
            return option;
        }
    }

    private static Command CreateApp(CliEnvironment environment, GlobalOptions options)
    {
        var name = CreateCommand.Required("--name", "NAME", "The name of the application (1-255 of a-z, A-Z, 0-9, _ and -).");
        var content = new ContentOptions();
        var tags = ResourceOptions.Tags("application");
        var command = new Command("create", "Create a robot application (CreateRobotApplication).") { name, tags };
        content.AddTo(command);
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            using var client = context.CreateClient();
            var app = await client.CreateRobotApplicationAsync(
                new CreateRobotApplicationRequest
                {
                    Name = pr.GetRequiredValue(name),
                    Sources = content.SourcesOf(pr),
                    RobotSoftwareSuite = content.SuiteOf(pr),
                    Tags = pr.GetValue(tags),
                    Environment = content.EnvironmentOf(pr),
                },
                cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, app);
            else context.Environment.Console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, app.Tags));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateVersion(CliEnvironment environment, GlobalOptions options)
    {
        var application = CreateCommand.Required("--application", "ARN", "The ARN of the application.");
        var revision = new Option<string?>("--current-revision-id") { HelpName = "ID", Description = "Only if $LATEST is still at this revision." };
        var digest = new Option<string?>("--image-digest") { HelpName = "SHA256", Description = "Only if the image has this digest." };
        var command = new Command("create-version", "Create a numbered version from $LATEST (CreateRobotApplicationVersion).") { application, revision, digest };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            using var client = context.CreateClient();
            var app = await client.CreateRobotApplicationVersionAsync(
                new CreateRobotApplicationVersionRequest { Application = pr.GetRequiredValue(application), CurrentRevisionId = pr.GetValue(revision), ImageDigest = pr.GetValue(digest) },
                cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, app);
            else context.Environment.Console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, null));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DescribeApp(CliEnvironment environment, GlobalOptions options)
    {
        var application = CreateCommand.Required("--application", "ARN", "The ARN of the application.");
        var version = new Option<string?>("--version") { HelpName = "V", Description = "The version to describe. Default: $LATEST." };
        var command = new Command("describe", "Show a robot application (DescribeRobotApplication).") { application, version };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            using var client = context.CreateClient();
            var app = await client.DescribeRobotApplicationAsync(
                new DescribeRobotApplicationRequest { Application = pr.GetRequiredValue(application), ApplicationVersion = pr.GetValue(version) }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, app);
            else context.Environment.Console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, app.Tags));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListApps(CliEnvironment environment, GlobalOptions options)
    {
        var name = new Option<string?>("--name") { HelpName = "NAME", Description = "Only the application of this name." };
        var qualifier = new Option<bool>("--all-versions") { Description = "Every version, not only $LATEST (versionQualifier ALL)." };
        var maxItems = ResourceOptions.MaxItems("applications");
        var pageSize = ResourceOptions.PageSize("applications", 100);
        var command = new Command("list", "List robot applications, all pages (ListRobotApplications).") { name, qualifier, maxItems, pageSize };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            var request = new ListRobotApplicationsRequest
            {
                VersionQualifier = pr.GetValue(qualifier) ? "ALL" : null,
                Filters = pr.GetValue(name) is { } n ? [new Filter { Name = "name", Values = [n] }] : null,
                MaxResults = pr.GetValue(pageSize),
            };
            using var client = context.CreateClient();
            var apps = await ResourceOptions.TakeAsync(client.ListAllRobotApplicationsAsync(request, cancellationToken), pr.GetValue(maxItems), cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, new ListRobotApplicationsResponse { RobotApplicationSummaries = apps });
            else context.Environment.Console.Write(ResourceTables.Applications(apps));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command UpdateApp(CliEnvironment environment, GlobalOptions options)
    {
        var application = CreateCommand.Required("--application", "ARN", "The ARN of the application.");
        var revision = new Option<string?>("--current-revision-id") { HelpName = "ID", Description = "Only if $LATEST is still at this revision." };
        var content = new ContentOptions();
        var command = new Command("update", "Update $LATEST of a robot application (UpdateRobotApplication).") { application, revision };
        content.AddTo(command);
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            using var client = context.CreateClient();
            var app = await client.UpdateRobotApplicationAsync(
                new UpdateRobotApplicationRequest
                {
                    Application = pr.GetRequiredValue(application),
                    Sources = content.SourcesOf(pr),
                    RobotSoftwareSuite = content.SuiteOf(pr),
                    CurrentRevisionId = pr.GetValue(revision),
                    Environment = content.EnvironmentOf(pr),
                },
                cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, app);
            else context.Environment.Console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, null));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DeleteApp(CliEnvironment environment, GlobalOptions options)
    {
        var application = CreateCommand.Required("--application", "ARN", "The ARN of the application to delete.");
        var version = new Option<string?>("--version") { HelpName = "V", Description = "Only this version. Default: the whole application." };
        var command = new Command("delete", "Delete a robot application or one version of it (DeleteRobotApplication).") { application, version };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            var arn = pr.GetRequiredValue(application);
            var v = pr.GetValue(version);
            using var client = context.CreateClient();
            var reply = await client.DeleteRobotApplicationAsync(new DeleteRobotApplicationRequest { Application = arn, ApplicationVersion = v }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
            else context.Environment.Console.MarkupLine($"Deleted robot application [bold]{Markup.Escape(arn)}[/]{(v is null ? string.Empty : $" version [bold]{Markup.Escape(v)}[/]")}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Repeated <c>ARCH=s3://bucket/key</c> into source configs; null when none were given.</summary>
    private static List<SourceConfig>? ParseSources(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return null;
        var sources = new List<SourceConfig>();
        foreach (var token in result.Tokens)
        {
            var separator = token.Value.IndexOf('=', StringComparison.Ordinal);
            var architecture = separator > 0 ? token.Value[..separator] : null;
            if (architecture is null || !Architectures.Contains(architecture, StringComparer.Ordinal)
                || !OptionParsers.TryParseS3(token.Value[(separator + 1)..], out var s3) || s3 is null || s3.Etag is not null)
            {
                result.AddError($"--source '{token.Value}' is not of the form ARCH=s3://bucket/key with ARCH one of {string.Join(", ", Architectures)}.");
                return null;
            }
            sources.Add(new SourceConfig { S3Bucket = s3.Bucket, S3Key = s3.Key, RawArchitecture = architecture });
        }
        return sources;
    }
}
