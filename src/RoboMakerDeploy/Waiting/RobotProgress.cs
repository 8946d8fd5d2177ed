using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Waiting;

/// <summary>One robot's state in a <see cref="DeploymentJobProgress"/> report.</summary>
public sealed record RobotProgress
{
    /// <summary>The robot's ARN.</summary>
    public string? Arn { get; init; }

    /// <summary>The robot's deployment status.</summary>
    public RobotStatus? Status { get; init; }

    /// <summary>The step the robot's deployment is at.</summary>
    public RobotDeploymentStep? CurrentStep { get; init; }

    /// <summary>Percentage of the step that is done (DownloadingExtracting only).</summary>
    public float? PercentDone { get; init; }

    /// <summary>Estimated seconds left in the step (DownloadingExtracting only).</summary>
    public int? EstimatedTimeRemainingSeconds { get; init; }

    /// <summary>Why the robot failed, when it did.</summary>
    public DeploymentJobErrorCode? FailureCode { get; init; }

    /// <summary>Builds the progress of one robot summary.</summary>
    /// <param name="robot">The robot's summary from DescribeDeploymentJob.</param>
    /// <returns>Its progress.</returns>
    public static RobotProgress From(RobotDeployment robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        return new RobotProgress
        {
            Arn = robot.Arn,
            Status = robot.Status,
            CurrentStep = robot.ProgressDetail?.CurrentProgress,
            PercentDone = robot.ProgressDetail?.PercentDone,
            EstimatedTimeRemainingSeconds = robot.ProgressDetail?.EstimatedTimeRemainingSeconds,
            FailureCode = robot.FailureCode,
        };
    }
}
