using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>
/// How a robot's progress reads: its step, the step's percent, and an overall percent for the bar. Every text
/// shows the wire strings, so a status, step or failure code this SDK does not know still reads as the service sent it.
/// </summary>
internal static class RobotProgressText
{
    /// <summary>The steps in the order a robot goes through them (the download condition runs before the download).</summary>
    private static readonly RobotDeploymentStep[] Order =
    [
        RobotDeploymentStep.Validating,
        RobotDeploymentStep.ExecutingDownloadCondition,
        RobotDeploymentStep.DownloadingExtracting,
        RobotDeploymentStep.ExecutingPreLaunch,
        RobotDeploymentStep.Launching,
        RobotDeploymentStep.ExecutingPostLaunch,
        RobotDeploymentStep.Finished,
    ];

    /// <summary>
    /// How far the robot has come overall, 0 to 100: finished steps plus the percent of the current one.
    /// Null when the robot is at a step this SDK does not know (<see cref="RobotDeploymentStep.Unknown"/>): such a
    /// step cannot be placed in the order, so callers keep the robot's last known percent rather than jump back to 0
    /// (see <see cref="RobotPercents"/>).
    /// </summary>
    public static double? OverallPercent(RobotProgress robot)
    {
        if (robot.Status is RobotStatus.InSync || robot.CurrentStep is RobotDeploymentStep.Finished) return 100;
        if (robot.CurrentStep is not { } step) return 0;
        var index = Array.IndexOf(Order, step);
        if (index < 0) return null;
        var within = Math.Clamp(robot.PercentDone ?? 0, 0, 100) / 100.0;
        return Math.Round((index + within) * 100.0 / (Order.Length - 1), 1);
    }

    /// <summary><c>DownloadingExtracting 42% (7 s left)</c>, or the step alone when it reports no percent; an unknown step as sent (<c>Teleporting 13%</c>).</summary>
    public static string Step(RobotProgress robot)
    {
        if (string.IsNullOrEmpty(robot.RawCurrentStep)) return "-";
        var text = robot.RawCurrentStep;
        var finished = robot.CurrentStep is RobotDeploymentStep.Finished;
        if (robot.PercentDone is { } percent && !finished) text += " " + Names.Percent(percent);
        if (robot.EstimatedTimeRemainingSeconds is { } left && !finished) text += $" ({left} s left)";
        return text;
    }

    /// <summary>The robot's status as the service sent it.</summary>
    public static string Status(RobotProgress robot) =>
        string.IsNullOrEmpty(robot.RawStatus) ? "-" : robot.RawStatus;

    /// <summary><c>Code: reason</c>, the code or the reason alone when only one is there, null when neither is.</summary>
    public static string? Failure(string? rawCode, string? reason) =>
        (string.IsNullOrEmpty(rawCode), string.IsNullOrEmpty(reason)) switch
        {
            (false, false) => $"{rawCode}: {reason}",
            (false, true) => rawCode,
            (true, false) => reason,
            _ => null,
        };

    /// <summary>One line for a robot: <c>robot-3: Deploying, DownloadingExtracting 42% (7 s left)</c>.</summary>
    public static string Line(RobotProgress robot)
    {
        var line = $"{Names.Short(robot.Arn)}: {Status(robot)}, {Step(robot)}";
        return string.IsNullOrEmpty(robot.RawFailureCode) ? line : $"{line}, failure {robot.RawFailureCode}";
    }
}
