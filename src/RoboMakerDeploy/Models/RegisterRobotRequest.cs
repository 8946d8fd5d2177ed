using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of RegisterRobot: registers a robot with a fleet. (service model: RegisterRobotRequest)</summary>
/// <remarks>The service has retired this operation: the model's documentation says it "is no longer supported and will throw an error if used".</remarks>
public sealed record RegisterRobotRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>). Required.
    /// (service model: RegisterRobotRequest.fleet)
    /// </summary>
    [JsonPropertyName("fleet")]
    public string Fleet { get; init; } = string.Empty;

    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>). Required.
    /// (service model: RegisterRobotRequest.robot)
    /// </summary>
    [JsonPropertyName("robot")]
    public string Robot { get; init; } = string.Empty;
}
