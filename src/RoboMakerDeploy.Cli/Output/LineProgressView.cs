using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>Progress as one plain line per change, for redirected output and logs; service text with its control characters escaped (<see cref="DisplayText"/>).</summary>
internal sealed class LineProgressView(TextWriter writer) : IProgressView, IProgress<DeploymentJobProgress>
{
    private readonly Lock _gate = new();
    private DeploymentJobProgress? _last;

    public Task<DescribeDeploymentJobResponse> RunAsync(Func<IProgress<DeploymentJobProgress>, Task<DescribeDeploymentJobResponse>> wait) => wait(this);

    public void Report(DeploymentJobProgress value)
    {
        lock (_gate)
        {
            var previous = _last;
            _last = value;
            if (previous is null || previous.RawStatus != value.RawStatus)
            {
                writer.WriteLine(DisplayText.Plain($"job {Names.Short(value.JobArn)}: {value.RawStatus ?? "-"}"));
            }
            var before = previous?.Robots.ToDictionary(static r => r.Arn ?? string.Empty, StringComparer.Ordinal);
            foreach (var robot in value.Robots)
            {
                if (before is not null && before.TryGetValue(robot.Arn ?? string.Empty, out var old) && old.Equals(robot)) continue;
                writer.WriteLine(DisplayText.Plain(RobotProgressText.Line(robot)));
            }
        }
    }
}
