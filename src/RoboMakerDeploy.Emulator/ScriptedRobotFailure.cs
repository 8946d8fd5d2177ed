using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator;

/// <summary>
/// A robot failure to simulate: in every job of the fleet <see cref="Fleet"/> (its name, or its full ARN), the
/// robot at <see cref="RobotIndex"/> fails with <see cref="FailureCode"/> at the end of <see cref="Step"/>.
/// </summary>
/// <param name="Fleet">The fleet's name (the name part of its ARN) or its full ARN.</param>
/// <param name="RobotIndex">The robot's zero-based index in the fleet.</param>
/// <param name="FailureCode">The code the robot (and, without a failure threshold, the job) reports.</param>
public sealed record ScriptedRobotFailure(string Fleet, int RobotIndex, DeploymentJobErrorCode FailureCode)
{
    /// <summary>
    /// The step at whose end the robot fails. When null, or when the job does not run that step, it follows from
    /// the code: <c>DownloadConditionFailed</c> in ExecutingDownloadCondition, <c>ExtractingBundleFailure</c> and
    /// <c>EtagMismatch</c> in DownloadingExtracting, <c>PreLaunchFileFailure</c> in ExecutingPreLaunch,
    /// <c>PostLaunchFileFailure</c> in ExecutingPostLaunch, missing-resource and no-response codes in Validating,
    /// anything else in Launching.
    /// </summary>
    public RobotDeploymentStep? Step { get; init; }

    /// <summary>The failure reason the robot reports; a generated sentence when null.</summary>
    public string? FailureReason { get; init; }

    internal string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Fleet)) return "A scripted failure needs a fleet name or ARN.";
        if (RobotIndex < 0) return $"A scripted failure's RobotIndex must not be negative; it is {RobotIndex}.";
        if (!Enum.IsDefined(FailureCode) || FailureCode == DeploymentJobErrorCode.Unknown)
        {
            return $"A scripted failure needs a known failure code; got {FailureCode}.";
        }
        if (Step is { } step && (!Enum.IsDefined(step) || step is RobotDeploymentStep.Unknown or RobotDeploymentStep.Finished))
        {
            return $"A scripted failure's Step must be a step a robot can fail in; got {step}.";
        }
        return null;
    }
}
