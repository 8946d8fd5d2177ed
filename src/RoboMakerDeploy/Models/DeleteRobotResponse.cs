namespace RoboMakerDeploy.Models;

/// <summary>The reply of DeleteRobot, which carries no members (<c>{}</c>). (service model: DeleteRobotResponse)</summary>
/// <remarks>The service has deprecated this operation: it "will no longer be supported as of May 2, 2022", and is kept to remove resources created for the deployment service.</remarks>
public sealed record DeleteRobotResponse;
