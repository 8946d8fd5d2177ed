namespace RoboMakerDeploy.Models;

/// <summary>
/// The reply of DeleteRobotApplication, which carries no members (<c>{}</c>).
/// (service model: DeleteRobotApplicationResponse)
/// </summary>
public sealed record DeleteRobotApplicationResponse;
