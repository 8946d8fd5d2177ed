
namespace RoboMakerDeploy.Cli.Output;

/// <summary>
/// The overall percent of each robot across progress reports. A robot at a step this SDK does not know keeps
/// its last known percent (0 when it has none yet), so its bar and the job's never jump backwards because the
/// service added a step.
/// </summary>
internal sealed class RobotPercents
{
    private readonly Dictionary<string, double> _last = new(StringComparer.Ordinal);

    /// <summary>The robot's percent for this report, remembered for the next.</summary>
    public double Update(RobotProgress robot)
    {
        var key = robot.Arn ?? string.Empty;
        if (RobotProgressText.OverallPercent(robot) is { } percent)
        {
            _last[key] = percent;
            return percent;
        }
        return _last.GetValueOrDefault(key);
    }
}
