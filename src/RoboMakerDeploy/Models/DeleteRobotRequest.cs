using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of DeleteRobot: deletes a robot. (service model: DeleteRobotRequest)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DeleteRobotRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>). Required.
    /// (service model: DeleteRobotRequest.robot)
    /// </summary>
    [JsonPropertyName("robot")]
    public string Robot { get; init; } = string.Empty;
}
