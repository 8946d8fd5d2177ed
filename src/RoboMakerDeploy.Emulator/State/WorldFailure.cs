using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>A failure that follows from the world's state (not scripted): its code and reason.</summary>
internal sealed record WorldFailure(DeploymentJobErrorCode Code, string Reason);
