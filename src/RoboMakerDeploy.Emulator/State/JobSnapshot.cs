using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>A job's state at one instant.</summary>
internal sealed record JobSnapshot(DeploymentStatus Status, DeploymentJobErrorCode? FailureCode, string? FailureReason, IReadOnlyList<RobotDeployment> Robots);
