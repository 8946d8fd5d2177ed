using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>Progress as live bars on a terminal: one for the job, one per robot with its step and percent; every description is markup, so service text goes through <see cref="DisplayText.Markup"/>.</summary>
internal sealed class LiveProgressView(IAnsiConsole console) : IProgressView
{
    public Task<DescribeDeploymentJobResponse> RunAsync(Func<IProgress<DeploymentJobProgress>, Task<DescribeDeploymentJobResponse>> wait) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(ctx => wait(new Bars(ctx)));

    private sealed class Bars(ProgressContext context) : IProgress<DeploymentJobProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, ProgressTask> _robots = new(StringComparer.Ordinal);
        private readonly RobotPercents _percents = new();
        private ProgressTask? _job;

        public void Report(DeploymentJobProgress value)
        {
            lock (_gate)
            {
                _job ??= context.AddTask("job", maxValue: 100);
                var total = 0.0;
                foreach (var robot in value.Robots)
                {
                    var key = robot.Arn ?? string.Empty;
                    if (!_robots.TryGetValue(key, out var task))
                    {
                        task = context.AddTask(DisplayText.Markup(Names.Short(robot.Arn)), maxValue: 100);
                        _robots.Add(key, task);
                    }
                    var percent = _percents.Update(robot);
                    total += percent;
                    task.Value = percent;
                    task.Description = RobotDescription(robot);
                    if (robot.Status is RobotStatus.InSync or RobotStatus.Failed or RobotStatus.NoResponse) task.StopTask();
                }

                _job.Value = value.Robots.Count == 0 ? 0 : total / value.Robots.Count;
                var done = DeploymentJobWaiter.IsTerminal(value.Status);
                _job.Description = $"[bold]{DisplayText.Markup(Names.Short(value.JobArn))}[/] {StatusMarkup(value.RawStatus, value.Status is DeploymentStatus.Failed or DeploymentStatus.Canceled)}";
                if (done)
                {
                    if (value.Status is DeploymentStatus.Succeeded) _job.Value = 100;
                    foreach (var task in _robots.Values) task.StopTask();
                    _job.StopTask();
                }
            }
        }

        private static string RobotDescription(RobotProgress robot)
        {
            var failed = robot.Status is RobotStatus.Failed or RobotStatus.NoResponse;
            var name = DisplayText.Plain(Names.Short(robot.Arn))!.PadRight(20);
            var status = DisplayText.Plain(RobotProgressText.Status(robot))!.PadRight(21);
            var text = $"{DisplayText.Markup(name)} {StatusMarkup(status, failed)} [grey]{DisplayText.Markup(RobotProgressText.Step(robot))}[/]";
            return string.IsNullOrEmpty(robot.RawFailureCode) ? text : $"{text} [red]{DisplayText.Markup(robot.RawFailureCode)}[/]";
        }

        private static string StatusMarkup(string? status, bool failed)
        {
            var text = DisplayText.Markup(status ?? "-");
            var trimmed = status?.Trim();
            return failed ? $"[red]{text}[/]" : trimmed is "Succeeded" or "InSync" ? $"[green]{text}[/]" : $"[yellow]{text}[/]";
        }
    }
}
