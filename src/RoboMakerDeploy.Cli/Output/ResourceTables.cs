using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>The tables of the <c>table</c> output of the <c>fleet</c>, <c>robot</c> and <c>app</c> commands.</summary>
internal static class ResourceTables
{
    /// <summary>A fleet's fields, one per row (CreateFleet, DescribeFleet).</summary>
    public static Table Fleet(string? arn, string? name, DateTimeOffset? createdAt, string? lastStatus, string? lastJob, DateTimeOffset? lastTime, IReadOnlyDictionary<string, string>? tags)
    {
        var table = Fields();
        Row(table, "Fleet", arn);
        Row(table, "Name", name);
        Row(table, "Created", Names.Time(createdAt));
        if (lastStatus is not null || lastJob is not null)
        {
            Row(table, "Last deployment", lastStatus);
            Row(table, "Last job", lastJob);
            Row(table, "Last deployed", Names.Time(lastTime));
        }
        Tags(table, tags);
        return table;
    }

    /// <summary>A robot's fields, one per row (CreateRobot, DescribeRobot).</summary>
    public static Table Robot(string? arn, string? name, string? status, string? fleetArn, string? architecture, string? greengrassGroupId, DateTimeOffset? createdAt, string? lastJob, IReadOnlyDictionary<string, string>? tags)
    {
        var table = Fields();
        Row(table, "Robot", arn);
        Row(table, "Name", name);
        if (status is not null) Row(table, "Status", status);
        if (fleetArn is not null) Row(table, "Fleet", fleetArn);
        Row(table, "Architecture", architecture);
        Row(table, "Greengrass group", greengrassGroupId);
        Row(table, "Created", Names.Time(createdAt));
        if (lastJob is not null) Row(table, "Last job", lastJob);
        Tags(table, tags);
        return table;
    }

    /// <summary>A robot application's fields, one per row (CreateRobotApplication(Version), Describe, Update).</summary>
    public static Table Application(
        string? arn, string? name, string? version, RobotSoftwareSuite? suite, IReadOnlyList<Source> sources, Models.Environment? environment,
        string? revisionId, DateTimeOffset? lastUpdatedAt, IReadOnlyDictionary<string, string>? tags)
    {
        var table = Fields();
        Row(table, "Application", arn);
        Row(table, "Name", name);
        Row(table, "Version", version);
        Row(table, "Software suite", Suite(suite));
        foreach (var source in sources) Row(table, "Source", $"{source.RawArchitecture ?? "-"} s3://{source.S3Bucket}/{source.S3Key}");
        if (environment?.Uri is { } image) Row(table, "Image", image);
        Row(table, "Revision", revisionId);
        Row(table, "Updated", Names.Time(lastUpdatedAt));
        Tags(table, tags);
        return table;
    }

    /// <summary>Fleets, one per row (ListFleets).</summary>
    public static Table Fleets(IReadOnlyList<Models.Fleet> fleets)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Fleet").NoWrap()).AddColumn("Created").AddColumn("Last deployment").AddColumn("Last job");
        foreach (var fleet in fleets)
        {
            table.AddRow(Cell(fleet.Name), Cell(Names.Time(fleet.CreatedAt)), Cell(fleet.RawLastDeploymentStatus), Cell(Names.Short(fleet.LastDeploymentJob)));
        }
        return table.Caption(Count(fleets.Count, "fleet"));
    }

    /// <summary>Robots, one per row (ListRobots).</summary>
    public static Table Robots(IReadOnlyList<Models.Robot> robots)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Robot").NoWrap()).AddColumn("Status").AddColumn("Fleet").AddColumn("Architecture").AddColumn("Created");
        foreach (var robot in robots)
        {
            table.AddRow(Cell(robot.Name), Cell(robot.RawStatus), Cell(Names.Short(robot.FleetArn)), Cell(robot.RawArchitecture), Cell(Names.Time(robot.CreatedAt)));
        }
        return table.Caption(Count(robots.Count, "robot"));
    }

    /// <summary>Robot applications, one per row (ListRobotApplications).</summary>
    public static Table Applications(IReadOnlyList<RobotApplicationSummary> applications)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Application").NoWrap()).AddColumn("Version").AddColumn("Software suite").AddColumn("Updated");
        foreach (var app in applications)
        {
            table.AddRow(Cell(app.Name), Cell(app.Version), Cell(Suite(app.RobotSoftwareSuite)), Cell(Names.Time(app.LastUpdatedAt)));
        }
        return table.Caption(Count(applications.Count, "application"));
    }

    private static string? Suite(RobotSoftwareSuite? suite) =>
        suite is null ? null : suite.RawVersion is null ? suite.RawName : $"{suite.RawName} {suite.RawVersion}";

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static Table Fields() => new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("Field").AddColumn("Value");

    private static void Tags(Table table, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is { Count: > 0 }) Row(table, "Tags", string.Join(", ", tags.Select(static t => $"{t.Key}={t.Value}")));
    }

    private static void Row(Table table, string name, string? value) => table.AddRow(new Markup($"[bold]{Markup.Escape(name)}[/]"), Cell(value));

    // Service text, shown as plain text with its control characters escaped (DisplayText).
    private static Text Cell(string? value) => new(string.IsNullOrEmpty(value) ? "-" : DisplayText.Plain(value)!);
}
