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
            Description = "A source bundle and its architecture (" + string.Join(", ", ResourceOptions.Architectures) + "); repeatable.",
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
        var name = ResourceOptions.Name("application");
        var content = new ContentOptions();
        var tags = ResourceOptions.Tags("application");
        var command = new Command("create", "Create a robot application (CreateRobotApplication).") { name, tags };
        content.AddTo(command);
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.CreateRobotApplicationAsync(
                new CreateRobotApplicationRequest { Name = pr.GetRequiredValue(name), Sources = content.SourcesOf(pr), RobotSoftwareSuite = content.SuiteOf(pr), Tags = pr.GetValue(tags), Environment = content.EnvironmentOf(pr) },
                cancellationToken),
            static (console, _, app) => console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, app.Tags)));
        return command;
    }

    private static Command CreateVersion(CliEnvironment environment, GlobalOptions options)
    {
        var application = ResourceOptions.Arn("application");
        var revision = CurrentRevisionId();
        var digest = new Option<string?>("--image-digest") { HelpName = "SHA256", Description = "Only if the image has this digest." };
        var command = new Command("create-version", "Create a numbered version from $LATEST (CreateRobotApplicationVersion).") { application, revision, digest };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.CreateRobotApplicationVersionAsync(
                new CreateRobotApplicationVersionRequest { Application = pr.GetRequiredValue(application), CurrentRevisionId = pr.GetValue(revision), ImageDigest = pr.GetValue(digest) },
                cancellationToken),
            static (console, _, app) => console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, null)));
        return command;
    }

    private static Command DescribeApp(CliEnvironment environment, GlobalOptions options)
    {
        var application = ResourceOptions.Arn("application");
        var version = new Option<string?>("--version") { HelpName = "V", Description = "The version to describe. Default: $LATEST." };
        var command = new Command("describe", "Show a robot application (DescribeRobotApplication).") { application, version };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.DescribeRobotApplicationAsync(
                new DescribeRobotApplicationRequest { Application = pr.GetRequiredValue(application), ApplicationVersion = pr.GetValue(version) }, cancellationToken),
            static (console, _, app) => console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, app.Tags)));
        return command;
    }

    private static Command ListApps(CliEnvironment environment, GlobalOptions options)
    {
        var name = ResourceOptions.NameFilter("application");
        var qualifier = new Option<bool>("--all-versions") { Description = "Every version, not only $LATEST (versionQualifier ALL)." };
        var (maxItems, pageSize) = ResourceOptions.Paging("applications", 100);
        var command = new Command("list", "List robot applications, all pages (ListRobotApplications).") { name, qualifier, maxItems, pageSize };
        CommandRunner.SetCallAction(
            command, environment, options,
            async (pr, client, cancellationToken) =>
            {
                var request = new ListRobotApplicationsRequest
                {
                    VersionQualifier = pr.GetValue(qualifier) ? "ALL" : null,
                    Filters = ResourceOptions.NameFilters(pr, name),
                    MaxResults = pr.GetValue(pageSize),
                };
                var apps = await ResourceOptions.TakeAsync(client.ListAllRobotApplicationsAsync(request, cancellationToken), pr.GetValue(maxItems), cancellationToken);
                return new ListRobotApplicationsResponse { RobotApplicationSummaries = apps };
            },
            static (console, _, reply) => console.Write(ResourceTables.Applications(reply.RobotApplicationSummaries)));
        return command;
    }

    private static Command UpdateApp(CliEnvironment environment, GlobalOptions options)
    {
        var application = ResourceOptions.Arn("application");
        var revision = CurrentRevisionId();
        var content = new ContentOptions();
        var command = new Command("update", "Update $LATEST of a robot application (UpdateRobotApplication).") { application, revision };
        content.AddTo(command);
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.UpdateRobotApplicationAsync(
                new UpdateRobotApplicationRequest
                {
                    Application = pr.GetRequiredValue(application),
                    Sources = content.SourcesOf(pr),
                    RobotSoftwareSuite = content.SuiteOf(pr),
                    CurrentRevisionId = pr.GetValue(revision),
                    Environment = content.EnvironmentOf(pr),
                },
                cancellationToken),
            static (console, _, app) => console.Write(ResourceTables.Application(app.Arn, app.Name, app.Version, app.RobotSoftwareSuite, app.Sources, app.Environment, app.RevisionId, app.LastUpdatedAt, null)));
        return command;
    }

    private static Command DeleteApp(CliEnvironment environment, GlobalOptions options)
    {
        var application = ResourceOptions.Arn("application", "to delete");
        var version = new Option<string?>("--version") { HelpName = "V", Description = "Only this version. Default: the whole application." };
        var command = new Command("delete", "Delete a robot application or one version of it (DeleteRobotApplication).") { application, version };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.DeleteRobotApplicationAsync(
                new DeleteRobotApplicationRequest { Application = pr.GetRequiredValue(application), ApplicationVersion = pr.GetValue(version) }, cancellationToken),
            (console, pr, _) => console.MarkupLine(
                $"Deleted robot application [bold]{Markup.Escape(pr.GetRequiredValue(application))}[/]{(pr.GetValue(version) is { } v ? $" version [bold]{Markup.Escape(v)}[/]" : string.Empty)}"));
        return command;
    }

    /// <summary><c>--current-revision-id</c> of create-version and update: the model's currentRevisionId check.</summary>
    private static Option<string?> CurrentRevisionId() =>
        new("--current-revision-id") { HelpName = "ID", Description = "Only if $LATEST is still at this revision." };

    /// <summary>Repeated <c>ARCH=s3://bucket/key</c> into source configs; null when none were given.</summary>
    private static List<SourceConfig>? ParseSources(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return null;
        var sources = new List<SourceConfig>();
        foreach (var token in result.Tokens)
        {
            var separator = token.Value.IndexOf('=', StringComparison.Ordinal);
            var architecture = separator > 0 ? token.Value[..separator] : null;
            if (architecture is null || !ResourceOptions.Architectures.Contains(architecture, StringComparer.Ordinal)
                || !OptionParsers.TryParseS3(token.Value[(separator + 1)..], out var s3) || s3 is null || s3.Etag is not null)
            {
                result.AddError($"--source '{token.Value}' is not of the form ARCH=s3://bucket/key with ARCH one of {string.Join(", ", ResourceOptions.Architectures)}.");
                return null;
            }
            sources.Add(new SourceConfig { S3Bucket = s3.Bucket, S3Key = s3.Key, RawArchitecture = architecture });
        }
        return sources;
    }
}
