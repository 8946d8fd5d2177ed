using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>The tables of the <c>table</c> output.</summary>
internal static class JobTables
{
    /// <summary>A job's fields, one per row.</summary>
    public static Table Job(DeploymentJobInfo job, IReadOnlyDictionary<string, string>? tags = null)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("Field").AddColumn("Value");
        Row(table, "Job", job.Arn);
        Row(table, "Fleet", job.Fleet);
        Row(table, "Status", job.RawStatus);
        if (job.DeploymentApplicationConfigs is [var app, ..])
        {
            Row(table, "Application", app.Application);
            Row(table, "Version", app.ApplicationVersion);
            if (app.LaunchConfig is { } launch)
            {
                Row(table, "Launch", $"{launch.PackageName} {launch.LaunchFile}");
                if (launch.PreLaunchFile is not null) Row(table, "Pre-launch", launch.PreLaunchFile);
                if (launch.PostLaunchFile is not null) Row(table, "Post-launch", launch.PostLaunchFile);
                if (launch.EnvironmentVariables is { Count: > 0 } env) Row(table, "Environment", string.Join(", ", env.Select(static e => $"{e.Key}={e.Value}")));
            }
        }
        if (job.DeploymentConfig is { } config)
        {
            if (config.ConcurrentDeploymentPercentage is { } concurrent) Row(table, "Concurrent", $"{concurrent}%");
            if (config.FailureThresholdPercentage is { } threshold) Row(table, "Failure threshold", $"{threshold}%");
            if (config.RobotDeploymentTimeoutInSeconds is { } timeout) Row(table, "Robot timeout", $"{timeout} s");
            if (config.DownloadConditionFile is { } s3) Row(table, "Download condition", $"s3://{s3.Bucket}/{s3.Key}" + (s3.Etag is null ? string.Empty : "#" + s3.Etag));
        }
        if (tags is { Count: > 0 }) Row(table, "Tags", string.Join(", ", tags.Select(static t => $"{t.Key}={t.Value}")));
        Row(table, "Created", Names.Time(job.CreatedAt));
        if (job.RawFailureCode is not null) Row(table, "Failure", job.RawFailureCode);
        if (!string.IsNullOrEmpty(job.FailureReason)) Row(table, "Reason", job.FailureReason);
        return table;
    }

    /// <summary>Every robot of a described job: status, step, percent, times and failure.</summary>
    public static Table Robots(DescribeDeploymentJobResponse description)
    {
        var anyFailure = description.RobotDeploymentSummary.Any(static r => RobotProgressText.Failure(r.RawFailureCode, r.FailureReason) is not null);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Robot").NoWrap()).AddColumn("Status").AddColumn("Step").AddColumn(new TableColumn("Progress").RightAligned())
            .AddColumn("Started").AddColumn("Finished");
        if (anyFailure) table.AddColumn("Failure");
        foreach (var robot in description.RobotDeploymentSummary)
        {
            var progress = RobotProgress.From(robot);
            var cells = new List<Text>
            {
                Cell(Names.Short(robot.Arn)),
                Cell(RobotProgressText.Status(progress)),
                Cell(RobotProgressText.Step(progress)),
                Cell(RobotProgressText.OverallPercent(progress) is { } percent ? Names.Percent(percent) : null),
                Cell(Names.TimeOfDay(robot.DeploymentStartTime)),
                Cell(Names.TimeOfDay(robot.DeploymentFinishTime)),
            };
            if (anyFailure) cells.Add(Cell(RobotProgressText.Failure(robot.RawFailureCode, robot.FailureReason)));
            table.AddRow(cells);
        }
        return table;
    }

    /// <summary>A list of jobs, one per row.</summary>
    public static Table Jobs(IReadOnlyList<DeploymentJob> jobs)
    {
        var anyFailure = jobs.Any(static j => !string.IsNullOrEmpty(j.RawFailureCode));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Job").NoWrap()).AddColumn("Fleet").AddColumn("Status").AddColumn("Application").AddColumn("Version").AddColumn("Created");
        if (anyFailure) table.AddColumn("Failure");
        foreach (var job in jobs)
        {
            var app = job.DeploymentApplicationConfigs.Count > 0 ? job.DeploymentApplicationConfigs[0] : null;
            var cells = new List<Text>
            {
                Cell(Names.Short(job.Arn)),
                Cell(Names.Short(job.Fleet)),
                Cell(job.RawStatus),
                Cell(Names.Short(app?.Application)),
                Cell(app?.ApplicationVersion),
                Cell(Names.Time(job.CreatedAt)),
            };
            if (anyFailure) cells.Add(Cell(job.RawFailureCode));
            table.AddRow(cells);
        }
        table.Caption($"{jobs.Count} job{(jobs.Count == 1 ? string.Empty : "s")}");
        return table;
    }

    private static void Row(Table table, string name, string? value) => table.AddRow(new Markup($"[bold]{Markup.Escape(name)}[/]"), Cell(value));

    // Service text, shown as plain text with its control characters escaped (DisplayText).
    private static Text Cell(string? value) => new(string.IsNullOrEmpty(value) ? "-" : DisplayText.Plain(value)!);
}
