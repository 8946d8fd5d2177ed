using System.Text.Json.Serialization;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// One robot's state in a <see cref="DeploymentJobProgress"/> report. Compared by value on the wire
/// strings, so a change between two values this SDK does not know is still a change.
/// </summary>
public sealed record RobotProgress
{
    /// <summary>The robot's ARN.</summary>
    public string? Arn { get; init; }

    /// <summary>The robot's deployment status (<see cref="RobotStatus.Unknown"/> for a value this SDK does not know; see <see cref="RawStatus"/>).</summary>
    [JsonIgnore]
    public RobotStatus? Status
    {
        get => WireEnum<RobotStatus>.Parse(RawStatus);
        init => RawStatus = WireEnum<RobotStatus>.ToWire(value, nameof(Status));
    }

    /// <summary>The robot's status as the service sent it.</summary>
    public string? RawStatus { get; init; }

    /// <summary>The step the robot's deployment is at (<see cref="RobotDeploymentStep.Unknown"/> for a step this SDK does not know; see <see cref="RawCurrentStep"/>).</summary>
    [JsonIgnore]
    public RobotDeploymentStep? CurrentStep
    {
        get => WireEnum<RobotDeploymentStep>.Parse(RawCurrentStep);
        init => RawCurrentStep = WireEnum<RobotDeploymentStep>.ToWire(value, nameof(CurrentStep));
    }

    /// <summary>The step as the service sent it.</summary>
    public string? RawCurrentStep { get; init; }

    /// <summary>Percentage of the step that is done (DownloadingExtracting only).</summary>
    public float? PercentDone { get; init; }

    /// <summary>Estimated seconds left in the step (DownloadingExtracting only).</summary>
    public int? EstimatedTimeRemainingSeconds { get; init; }

    /// <summary>Why the robot failed, when it did (<see cref="DeploymentJobErrorCode.Unknown"/> for a code this SDK does not know; see <see cref="RawFailureCode"/>).</summary>
    [JsonIgnore]
    public DeploymentJobErrorCode? FailureCode
    {
        get => WireEnum<DeploymentJobErrorCode>.Parse(RawFailureCode);
        init => RawFailureCode = WireEnum<DeploymentJobErrorCode>.ToWire(value, nameof(FailureCode));
    }

    /// <summary>The failure code as the service sent it.</summary>
    public string? RawFailureCode { get; init; }

    /// <summary>Builds the progress of one robot summary.</summary>
    /// <param name="robot">The robot's summary from DescribeDeploymentJob.</param>
    /// <returns>Its progress.</returns>
    public static RobotProgress From(RobotDeployment robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        return new RobotProgress
        {
            Arn = robot.Arn,
            RawStatus = robot.RawStatus,
            RawCurrentStep = robot.ProgressDetail?.RawCurrentProgress,
            PercentDone = robot.ProgressDetail?.PercentDone,
            EstimatedTimeRemainingSeconds = robot.ProgressDetail?.EstimatedTimeRemainingSeconds,
            RawFailureCode = robot.RawFailureCode,
        };
    }
}
