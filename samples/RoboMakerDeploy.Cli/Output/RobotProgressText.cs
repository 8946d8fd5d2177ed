using RoboMakerDeploy.Models;
using RoboMakerDeploy.Waiting;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>How a robot's progress reads: its step, the step's percent, and an overall percent for the bar.</summary>
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

    /// <summary>How far the robot has come overall, 0 to 100: finished steps plus the percent of the current one.</summary>
    public static double OverallPercent(RobotProgress robot)
    {
        if (robot.Status is RobotStatus.InSync || robot.CurrentStep is RobotDeploymentStep.Finished) return 100;
        if (robot.CurrentStep is not { } step) return 0;
        var index = Array.IndexOf(Order, step);
        if (index < 0) return 0;
        var within = Math.Clamp(robot.PercentDone ?? 0, 0, 100) / 100.0;
        return Math.Round((index + within) * 100.0 / (Order.Length - 1), 1);
    }

    /// <summary><c>DownloadingExtracting 42% (7 s left)</c>, or the step alone when it reports no percent.</summary>
    public static string Step(RobotProgress robot)
    {
        if (robot.CurrentStep is not { } step) return "-";
        var text = step.ToString();
        if (robot.PercentDone is { } percent && step is not RobotDeploymentStep.Finished) text += " " + Names.Percent(percent);
        if (robot.EstimatedTimeRemainingSeconds is { } left && step is not RobotDeploymentStep.Finished) text += $" ({left} s left)";
        return text;
    }

    public static string Status(RobotProgress robot) =>
        robot.Status is { } status ? status.ToString() : "-";

    /// <summary>One line for a robot: <c>robot-3: Deploying, DownloadingExtracting 42% (7 s left)</c>.</summary>
    public static string Line(RobotProgress robot)
    {
        var line = $"{Names.Short(robot.Arn)}: {Status(robot)}, {Step(robot)}";
        return robot.FailureCode is { } code ? $"{line}, failure {code}" : line;
    }
}
