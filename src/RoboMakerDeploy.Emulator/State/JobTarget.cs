namespace RoboMakerDeploy.Emulator.State;

/// <summary>A robot a job deploys to, and the failure the world causes it (null when the world lets it succeed).</summary>
internal sealed record JobTarget(string RobotArn, WorldFailure? Failure);
